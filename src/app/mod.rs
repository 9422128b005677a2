//! Application state and how actions change it. No drawing, no IO.

pub mod action;
pub mod document;
pub mod events;
pub mod facts;
pub mod filter;
pub mod picker;
pub mod prompt;
pub mod sort;

pub use action::Action;
pub use events::EventsView;
pub use filter::{Legend, RegionCount, RegionFilter};
pub use picker::Picker;
pub use prompt::Completion;
pub use sort::Sort;

use crate::corpus::{Article, Corpus, LoadEvent};
use crate::layout::{self, Panes};
use document::DocLine;
use facts::Row;
use ratatui::layout::{Position, Rect};
use std::cell::RefCell;
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

/// A text query compiled once (ASCII case folded, so byte offsets hold): every key of the prompt
/// scans bodies as they are, never lower-cased copies.
#[derive(Debug)]
pub struct Finder(Option<aho_corasick::AhoCorasick>);

impl Finder {
    pub fn new(query: &str) -> Finder {
        Finder(if query.is_empty() {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(cased(query))
                .ok()
        })
    }

    /// The words of a full-text query: "\"port hit\" drone*" finds "port", "hit" and "drone".
    pub fn words(query: &str) -> Finder {
        let words: Vec<&str> = query
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| "\"*()^-".contains(c)))
            .filter(|w| !w.is_empty() && !matches!(*w, "AND" | "OR" | "NOT" | "NEAR"))
            .collect();
        Finder::any(&words)
    }

    /// Any of these words or phrases.
    pub fn any(words: &[&str]) -> Finder {
        Finder(if words.iter().all(|w| w.is_empty()) {
            None
        } else {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(
                    words
                        .iter()
                        .filter(|w| !w.is_empty())
                        .flat_map(|w| cased(w)),
                )
                .ok()
        })
    }

    /// Whether `body` contains the query (every body does when there is none).
    pub fn matches(&self, body: &str) -> bool {
        self.0.as_ref().is_none_or(|ac| ac.is_match(body))
    }

    /// Where the query occurs in `body`.
    pub fn find(&self, body: &str) -> Vec<std::ops::Range<usize>> {
        self.0
            .as_ref()
            .map(|ac| ac.find_iter(body).map(|m| m.range()).collect())
            .unwrap_or_default()
    }
}

/// `word` in the cases a text may write it: as typed, and, when it is not ASCII (which the automaton folds
/// itself), in lower case, upper case and with a capital first letter: "шахед" finds "Шахед" and "ШАХЕД".
fn cased(word: &str) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    if !word.is_ascii() {
        let lower = word.to_lowercase();
        let mut chars = lower.chars();
        let title: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        out.extend([lower, word.to_uppercase(), title]);
        out.sort();
        out.dedup();
    }
    out
}

/// A background load under way: reports analysed so far out of those found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loading {
    pub done: usize,
    /// Reports found in the inputs; `None` until the inputs are read.
    pub total: Option<usize>,
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
    document: RefCell<Option<CachedDocument>>,
}

/// How the list shows dates: month and day, the year only for reports of another year than the newest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListDates {
    pub newest_year: Option<i32>,
    /// Cells of the date column: 5 ("07-18"), or 10 when some report is of another year.
    pub width: usize,
}

impl ListDates {
    pub fn of(articles: &[crate::corpus::Article]) -> ListDates {
        use chrono::Datelike;
        let years: Vec<i32> = articles
            .iter()
            .filter_map(|a| a.date.map(|d| d.date.year()))
            .collect();
        let newest_year = years.iter().copied().max();
        let width = if years.iter().all(|&y| Some(y) == newest_year) {
            5
        } else {
            10
        };
        ListDates { newest_year, width }
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
        let list_dates = ListDates::of(&corpus.articles);
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
            full_text: false,
            sort: Sort::default(),
            saved: Vec::new(),
            today: chrono::Local::now().date_naive(),
            no_color: false,
            palette: Vec::new(),
            quit: false,
            panes: None,
            area: Rect::new(0, 0, 80, 24),
            document: RefCell::new(None),
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

    /// Takes what a background load sent: new articles join the list in order, and the selected article
    /// stays selected.
    pub fn receive(&mut self, event: LoadEvent) {
        let loading = self.loading.get_or_insert_with(Loading::default);
        match event {
            LoadEvent::Found { reports, problems } => {
                loading.total = Some(reports);
                self.corpus.problems.extend(problems);
            }
            LoadEvent::Articles(batch) => {
                loading.done += batch.len();
                let selected = self.article().map(|a| a.path.clone());
                self.corpus.add(batch);
                // Ids moved: the laid-out body may belong to another article now.
                self.document.replace(None);
                self.regions = filter::corpus_regions(&self.corpus.articles);
                self.list_dates = ListDates::of(&self.corpus.articles);
                self.visible = self.passing();
                let kept = selected.and_then(|path| {
                    self.visible
                        .iter()
                        .position(|&i| self.corpus.articles[i].path == path)
                });
                self.cursor = kept.unwrap_or(0);
                if kept.is_none() {
                    self.reset_article_view();
                }
                self.clamp_offsets();
            }
            LoadEvent::Note(line) => self.flash = Some(line),
            LoadEvent::Done => self.loading = None,
        }
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
    }

    /// The article shown in the body, if any passes the filter.
    pub fn article(&self) -> Option<&Article> {
        self.visible
            .get(self.cursor)
            .and_then(|&i| self.corpus.articles.get(i))
    }

    /// The body of the current article laid out for the body pane's width (cached).
    pub fn document(&self) -> Rc<Vec<DocLine>> {
        let Some(article) = self.article() else {
            return Rc::new(Vec::new());
        };
        let width = self.body_text_width();
        let mut cache = self.document.borrow_mut();
        if let Some((id, w, doc)) = cache.as_ref() {
            if *id == article.id && *w == width {
                return Rc::clone(doc);
            }
        }
        let doc = Rc::new(document::layout(article, width));
        *cache = Some((article.id, width, Rc::clone(&doc)));
        doc
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

    /// Carries out one action.
    pub fn update(&mut self, action: Action) {
        self.flash = None;
        if self.search.editing && self.popup.is_none() {
            self.update_search(action);
            return;
        }
        match self.popup.take() {
            Some(Popup::Picker(picker)) => self.update_picker(picker, action),
            Some(Popup::SaveAs(name)) => self.update_save(name, action),
            Some(Popup::Events(view)) => self.update_events(view, action),
            Some(Popup::Help { scroll }) => {
                // The help box is as tall as its lines allow, inside its borders.
                let rows = (self.area.height as usize).saturating_sub(2);
                let last = crate::keys::help_len().saturating_sub(rows);
                self.popup = scrolled(action, scroll, last).map(|scroll| Popup::Help { scroll });
                self.quit_if_forced(action);
            }
            Some(Popup::Messages { scroll }) => {
                // The messages box leaves two rows above and below, inside its borders.
                let rows = (self.area.height as usize).saturating_sub(6);
                let last = self.corpus.problems.len().saturating_sub(rows);
                self.popup =
                    scrolled(action, scroll, last).map(|scroll| Popup::Messages { scroll });
                self.quit_if_forced(action);
            }
            None => self.update_main(action),
        }
    }

    fn quit_if_forced(&mut self, action: Action) {
        if action == Action::ForceQuit {
            self.quit = true;
        }
    }

    fn update_main(&mut self, action: Action) {
        match action {
            Action::Up => self.step(-1),
            Action::Down => self.step(1),
            Action::PageUp => self.page(-1),
            Action::PageDown => self.page(1),
            Action::Top => self.jump(false),
            Action::Bottom => self.jump(true),
            Action::NextPane => self.cycle_focus(1),
            Action::PrevPane => self.cycle_focus(-1),
            Action::Open => self.open(),
            Action::Next if self.focus == Focus::Facts => self.next_evidence(),
            Action::Next => self.step_hit(true),
            Action::Prev => self.step_hit(false),
            // Only the digits the legend shows act.
            Action::ToggleRegion(n) if (n as usize) < self.legend().items.len() => {
                let name = self.regions[n as usize].name.clone();
                self.filter.toggle(&name);
                self.apply_filter();
            }
            Action::ToggleRegion(n) => {
                self.flash = Some(format!(
                    "No region on key {} (r: pick from all {})",
                    n + 1,
                    self.regions.len()
                ))
            }
            Action::ClearFilter => {
                self.filter.selected.clear();
                self.apply_filter();
            }
            Action::ToggleMatchAll => {
                self.filter.match_all = !self.filter.match_all;
                self.apply_filter();
            }
            Action::OpenPicker => {
                self.popup = Some(Popup::Picker(Picker {
                    marked: self.filter.selected.clone(),
                    ..Picker::default()
                }))
            }
            Action::OpenSearch => {
                self.search.editing = true;
                self.search.completion = None;
            }
            Action::SaveQuery => self.open_save(),
            Action::RunSaved(n) => self.run_saved(n as usize),
            Action::CycleSort => {
                self.sort = self.sort.next();
                self.apply_filter();
                self.flash = Some(format!("Sorted by {} (s: next order)", self.sort.name()));
            }
            Action::OpenEvents => self.open_events(),
            Action::OpenMessages => self.popup = Some(Popup::Messages { scroll: 0 }),
            Action::OpenHelp => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::OpenLink | Action::CopyLink => self.link_effect(action),
            Action::ToggleRead => self.mark(|a| a.read = !a.read),
            Action::ToggleBookmark => self.mark(|a| a.bookmarked = !a.bookmarked),
            Action::NextUnread => self.next_unread(),
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
            Action::Back | Action::Quit | Action::ForceQuit => self.quit = true,
            Action::PickerToggle
            | Action::Apply
            | Action::Erase
            | Action::Type(_)
            | Action::Complete
            | Action::Suspend => {}
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

    /// The archive's full-text answer to the kept search: the list becomes its reports, best first.
    /// A query the full-text search cannot read keeps the plain-text result, and says so.
    pub fn search_ranked(&mut self, answer: Result<Vec<String>, String>) {
        match answer {
            Ok(hashes) => {
                self.search.ranked = Some(hashes);
                self.apply_filter();
                self.find_hits();
            }
            Err(e) => {
                self.flash = Some(format!("Full-text search: {e}; showing plain-text matches"))
            }
        }
    }

    fn update_picker(&mut self, mut picker: Picker, action: Action) {
        let count = picker.matches(&self.regions).len();
        match action {
            Action::Up => picker.cursor = picker.cursor.saturating_sub(1),
            Action::Down => picker.cursor = (picker.cursor + 1).min(count.saturating_sub(1)),
            Action::PickerToggle => {
                if let Some(region) = picker.matches(&self.regions).get(picker.cursor) {
                    let name = region.name.clone();
                    picker.toggle(&name);
                }
            }
            Action::Type(c) => {
                picker.query.push(c);
                picker.cursor = 0;
            }
            Action::Erase => {
                picker.query.pop();
                picker.cursor = 0;
            }
            Action::Apply => {
                self.filter.selected = picker.marked;
                self.apply_filter();
                return;
            }
            Action::Back => return,
            Action::ForceQuit => {
                self.quit = true;
                return;
            }
            _ => {}
        }
        self.popup = Some(Popup::Picker(picker));
    }

    /// Handles the mouse at a screen position.
    pub fn mouse(&mut self, kind: Mouse, at: Position) {
        self.flash = None;
        let Some(panes) = self.panes else { return };
        if self.popup.is_some() {
            if kind != Mouse::Click {
                let action = if kind == Mouse::ScrollUp {
                    Action::Up
                } else {
                    Action::Down
                };
                self.update(action);
            }
            return;
        }
        let focus = if panes.list.contains(at) {
            Focus::List
        } else if panes.body.contains(at) {
            Focus::Body
        } else if panes.facts.contains(at) {
            Focus::Facts
        } else {
            return;
        };
        match kind {
            Mouse::ScrollUp | Mouse::ScrollDown => {
                let down = kind == Mouse::ScrollDown;
                let previous = self.focus;
                self.focus = focus;
                if focus == Focus::Body {
                    let lines = WHEEL_LINES as isize;
                    self.scroll_body(if down { lines } else { -lines });
                } else {
                    self.step(if down { 1 } else { -1 });
                }
                self.focus = previous;
            }
            Mouse::Click => {
                self.focus = focus;
                let inner = layout::inner(match focus {
                    Focus::List => panes.list,
                    Focus::Body => panes.body,
                    Focus::Facts => panes.facts,
                });
                if !inner.contains(at) {
                    return;
                }
                let row = (at.y - inner.y) as usize;
                match focus {
                    Focus::List => {
                        let index = self.list_offset + row / LIST_ROW_LINES;
                        if index < self.visible.len() && index != self.cursor {
                            self.cursor = index;
                            self.reset_article_view();
                        }
                    }
                    Focus::Facts => {
                        let index = self.fact_offset + row;
                        if matches!(self.fact_rows().get(index), Some(Row::Fact(_))) {
                            self.fact_cursor = index;
                        }
                    }
                    Focus::Body => {}
                }
            }
        }
    }

    fn step(&mut self, delta: isize) {
        match self.focus {
            Focus::List => self.move_cursor(delta),
            Focus::Body => self.scroll_body(delta),
            Focus::Facts => self.move_fact(delta),
        }
    }

    fn page(&mut self, direction: isize) {
        match self.focus {
            Focus::List => self.move_cursor(direction * self.list_rows() as isize),
            Focus::Body => {
                let page = self.body_rows().saturating_sub(1).max(1) as isize;
                self.scroll_body(direction * page)
            }
            Focus::Facts => self.move_fact(direction * self.facts_rows() as isize),
        }
    }

    fn jump(&mut self, end: bool) {
        let far = if end {
            isize::MAX / 2
        } else {
            -(isize::MAX / 2)
        };
        self.step(far);
    }

    fn move_cursor(&mut self, delta: isize) {
        if self.visible.is_empty() {
            return;
        }
        let last = self.visible.len() - 1;
        let next = (self.cursor as isize)
            .saturating_add(delta)
            .clamp(0, last as isize) as usize;
        if next != self.cursor {
            self.cursor = next;
            self.reset_article_view();
        }
    }

    /// Longest useful body scroll: the last line at the bottom of the pane.
    pub fn max_body_scroll(&self) -> usize {
        self.document().len().saturating_sub(self.body_rows())
    }

    fn scroll_body(&mut self, delta: isize) {
        let max = self.max_body_scroll() as isize;
        self.body_scroll = (self.body_scroll as isize)
            .saturating_add(delta)
            .clamp(0, max) as usize;
    }

    fn move_fact(&mut self, delta: isize) {
        let facts: Vec<usize> = self
            .fact_rows()
            .iter()
            .enumerate()
            .filter(|(_, r)| matches!(r, Row::Fact(_)))
            .map(|(i, _)| i)
            .collect();
        let Some(at) = facts.iter().position(|&i| i == self.fact_cursor) else {
            if let Some(&first) = facts.first() {
                self.fact_cursor = first;
            }
            return;
        };
        let last = facts.len() as isize - 1;
        let next = (at as isize).saturating_add(delta).clamp(0, last) as usize;
        self.fact_cursor = facts[next];
        self.clamp_offsets();
    }

    fn cycle_focus(&mut self, delta: isize) {
        const ORDER: [Focus; 3] = [Focus::List, Focus::Body, Focus::Facts];
        let at = ORDER.iter().position(|&f| f == self.focus).unwrap_or(0) as isize;
        self.focus = ORDER[(at + delta).rem_euclid(3) as usize];
    }

    fn open(&mut self) {
        match self.focus {
            Focus::List if self.article().is_some() => {
                self.focus = Focus::Body;
                // Opening an article reads it.
                if self.article().is_some_and(|a| !a.read) {
                    self.mark(|a| a.read = true);
                }
            }
            Focus::Facts => self.show_fact(0),
            _ => {}
        }
    }

    fn next_evidence(&mut self) {
        match self.shown {
            Some(shown) => self.show_fact(shown.evidence + 1),
            None => self.flash = Some("Select a fact and press Enter first".into()),
        }
    }

    /// Highlights piece `evidence` (wrapping around) of the selected fact and scrolls the body to it.
    fn show_fact(&mut self, evidence: usize) {
        let Some(Row::Fact(fact)) = self.fact_rows().get(self.fact_cursor).copied() else {
            return;
        };
        let Some(article) = self.article() else {
            return;
        };
        let pieces = article.facts[fact].evidence();
        if pieces.is_empty() {
            self.flash = Some("This fact has no sentence to show".into());
            return;
        }
        let evidence = evidence % pieces.len();
        let span = pieces[evidence].span;
        let total = pieces.len();
        self.shown = Some(Shown { fact, evidence });
        if let Some(line) = document::line_of(&self.document(), &(span[0]..span[1])) {
            let context = self.body_rows() / 3;
            self.body_scroll = line.saturating_sub(context).min(self.max_body_scroll());
        }
        if total > 1 {
            self.flash = Some(format!("Sentence {} of {} (n: next)", evidence + 1, total));
        }
    }

    /// Recomputes the visible articles, keeping the current one when it still passes.
    fn apply_filter(&mut self) {
        let current = self.visible.get(self.cursor).copied();
        self.visible = self.passing();
        let kept = current.and_then(|c| self.visible.iter().position(|&i| i == c));
        self.cursor = kept.unwrap_or(0);
        if kept.is_none() {
            self.reset_article_view();
        }
        self.clamp_offsets();
    }

    /// The articles that pass the region filter and the search, in list order.
    fn passing(&self) -> Vec<usize> {
        if let Some(ranked) = &self.search.ranked {
            let rank: std::collections::HashMap<&str, usize> = ranked
                .iter()
                .enumerate()
                .map(|(i, h)| (h.as_str(), i))
                .collect();
            let mut found: Vec<(usize, usize)> = (0..self.corpus.articles.len())
                .filter(|&i| self.filter.matches(&self.corpus.articles[i]))
                .filter_map(|i| Some((*rank.get(self.corpus.articles[i].hash.as_str())?, i)))
                .collect();
            found.sort_unstable();
            return found.into_iter().map(|(_, i)| i).collect();
        }
        let query = &self.search.parsed;
        let mut rows: Vec<usize> = (0..self.corpus.articles.len())
            .filter(|&i| {
                let article = &self.corpus.articles[i];
                self.filter.matches(article) && query.matches(article, self.today)
            })
            .collect();
        self.sort.apply(&mut rows, &self.corpus.articles);
        rows
    }

    /// Finds every match of the kept search and shows the first one in or after the open article.
    fn find_hits(&mut self) {
        let finder = self.search.finder();
        let open = self.visible.get(self.cursor).copied();
        self.search.hits = self
            .visible
            .iter()
            .flat_map(|&i| {
                finder
                    .find(&self.corpus.articles[i].body)
                    .into_iter()
                    .map(move |r| Hit {
                        article: i,
                        span: [r.start, r.end],
                    })
            })
            .collect();
        let first = open
            .and_then(|a| self.search.hits.iter().position(|h| h.article == a))
            .or((!self.search.hits.is_empty()).then_some(0));
        self.search.current = None;
        match first {
            Some(first) => self.show_hit(first),
            // A count from an earlier answer (the plain-text one before the index's) must not stay up.
            None if self
                .flash
                .as_deref()
                .is_some_and(|f| f.starts_with("Match ")) =>
            {
                self.flash = Some("No match".into())
            }
            None => {}
        }
    }

    /// `n` / `N`: the next or previous match, on to the next article after the last one in this.
    fn step_hit(&mut self, forward: bool) {
        let n = self.search.hits.len();
        if n == 0 {
            self.flash = Some(if self.search.query.is_empty() {
                "No search: / to search".into()
            } else {
                "No match".into()
            });
            return;
        }
        let next = match (self.search.current, forward) {
            (None, _) => 0,
            (Some(c), true) => (c + 1) % n,
            (Some(c), false) => (c + n - 1) % n,
        };
        self.show_hit(next);
    }

    /// Selects the article of match `k`, scrolls its text to the match, and says which match it is.
    fn show_hit(&mut self, k: usize) {
        let Some(hit) = self.search.hits.get(k).copied() else {
            return;
        };
        self.search.current = Some(k);
        if let Some(row) = self.visible.iter().position(|&i| i == hit.article) {
            if row != self.cursor {
                self.cursor = row;
                self.reset_article_view();
            }
        }
        if let Some(line) = document::line_of(&self.document(), &(hit.span[0]..hit.span[1])) {
            let context = self.body_rows() / 3;
            self.body_scroll = line.saturating_sub(context).min(self.max_body_scroll());
        }
        self.flash = Some(format!(
            "Match {} of {} (n: next, N: previous, Esc: clear)",
            k + 1,
            self.search.hits.len()
        ));
        self.clamp_offsets();
    }

    /// A new article: body at the top, first fact selected, nothing highlighted.
    fn reset_article_view(&mut self) {
        self.body_scroll = 0;
        self.shown = None;
        self.fact_offset = 0;
        self.fact_cursor = self
            .fact_rows()
            .iter()
            .position(|r| matches!(r, Row::Fact(_)))
            .unwrap_or(0);
        self.clamp_offsets();
    }

    /// Keeps the selected list row and fact row inside their panes.
    fn clamp_offsets(&mut self) {
        self.list_offset = follow(self.list_offset, self.cursor, self.list_rows());
        self.fact_offset = follow(self.fact_offset, self.fact_cursor, self.facts_rows());
        self.body_scroll = self.body_scroll.min(self.max_body_scroll());
    }
}

/// The new scroll of a popup after `action` (at most `last`), or `None` when it closes it.
fn scrolled(action: Action, scroll: usize, last: usize) -> Option<usize> {
    match action {
        Action::Back
        | Action::Quit
        | Action::OpenHelp
        | Action::OpenMessages
        | Action::ForceQuit
        | Action::Suspend => None,
        Action::Down => Some((scroll + 1).min(last)),
        Action::PageDown => Some((scroll + 10).min(last)),
        Action::Bottom => Some(last),
        Action::Up => Some(scroll.saturating_sub(1)),
        Action::PageUp => Some(scroll.saturating_sub(10)),
        Action::Top => Some(0),
        _ => Some(scroll),
    }
}

/// The scroll offset that keeps `selected` visible in `rows` rows, moving as little as possible.
fn follow(offset: usize, selected: usize, rows: usize) -> usize {
    if selected < offset {
        selected
    } else if selected >= offset + rows {
        selected + 1 - rows
    } else {
        offset
    }
}

/// Apps over reports written for a test.
#[cfg(test)]
pub(crate) mod testing {
    use super::App;
    use crate::corpus::{Corpus, Loaded};
    use ratatui::layout::Rect;

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
mod tests {
    use super::*;
    use crate::corpus::{analyse, Loaded};
    use crate::regions::RegionTag;

    fn tag(name: &str, mentions: usize) -> RegionTag {
        RegionTag {
            name: name.into(),
            country: "UA".into(),
            mentions,
            places: vec![name.into()],
            spans: vec![],
        }
    }

    /// Three articles: Kharkiv only, Kharkiv + Odesa, Odesa only.
    fn app() -> App {
        let texts = [
            (
                "a.txt",
                "Alpha report\n\nShelling near the river.\n",
                vec![tag("Kharkiv", 3)],
            ),
            (
                "b.txt",
                "Bravo report\n\nDrones over the port.\n",
                vec![tag("Kharkiv", 1), tag("Odesa", 2)],
            ),
            (
                "c.txt",
                "Charlie report\n\nA quiet night.\n",
                vec![tag("Odesa", 1)],
            ),
        ];
        let articles = texts
            .into_iter()
            .map(|(path, text, regions)| {
                let mut a = analyse(Loaded::new(path, text));
                a.regions = regions;
                a
            })
            .collect();
        let mut corpus = Corpus {
            articles,
            problems: vec![],
        };
        for (i, a) in corpus.articles.iter_mut().enumerate() {
            a.id = i;
        }
        let mut app = App::new(corpus);
        app.resize(Rect::new(0, 0, 120, 40));
        app
    }

    fn titles(app: &App) -> Vec<&str> {
        app.visible
            .iter()
            .map(|&i| app.corpus.articles[i].title.as_str())
            .collect()
    }

    #[test]
    fn legend_orders_regions_by_mentions() {
        let app = app();
        let names: Vec<(&str, usize)> = app
            .regions
            .iter()
            .map(|r| (r.name.as_str(), r.articles))
            .collect();
        assert_eq!(names, [("Kharkiv", 2), ("Odesa", 2)]);
    }

    #[test]
    fn region_keys_filter_any_all_and_clear() {
        let mut app = app();
        app.update(Action::ToggleRegion(0));
        assert_eq!(titles(&app), ["Alpha report", "Bravo report"]);
        app.update(Action::ToggleRegion(1));
        assert_eq!(
            titles(&app),
            ["Alpha report", "Bravo report", "Charlie report"]
        );
        assert_eq!(app.filter.describe(), "Kharkiv + Odesa");
        app.update(Action::ToggleMatchAll);
        assert_eq!(titles(&app), ["Bravo report"]);
        assert_eq!(app.filter.describe(), "Kharkiv & Odesa");
        app.update(Action::ClearFilter);
        assert_eq!(titles(&app).len(), 3);
        app.update(Action::ToggleRegion(8));
        assert_eq!(
            app.flash.as_deref(),
            Some("No region on key 9 (r: pick from all 2)")
        );
    }

    #[test]
    fn filter_keeps_the_selected_article_when_it_still_matches() {
        let mut app = app();
        app.update(Action::Down);
        assert_eq!(app.article().unwrap().title, "Bravo report");
        app.update(Action::ToggleRegion(1));
        assert_eq!(app.article().unwrap().title, "Bravo report");
        app.update(Action::ToggleRegion(1));
        app.update(Action::ToggleRegion(0));
        app.update(Action::Bottom);
        app.update(Action::ClearFilter);
        app.update(Action::ToggleRegion(1));
        // Bravo (selected) mentions Odesa: still selected.
        assert_eq!(app.article().unwrap().title, "Bravo report");
    }

    #[test]
    fn picker_narrows_marks_and_applies() {
        let mut app = app();
        app.update(Action::OpenPicker);
        assert_eq!(app.mode(), crate::keys::Mode::Picker);
        for c in "ode".chars() {
            app.update(Action::Type(c));
        }
        let Some(Popup::Picker(p)) = &app.popup else {
            panic!("picker closed")
        };
        assert_eq!(p.matches(&app.regions).len(), 1);
        app.update(Action::PickerToggle);
        app.update(Action::Apply);
        assert!(app.popup.is_none());
        assert_eq!(titles(&app), ["Bravo report", "Charlie report"]);
        // Esc leaves the filter as it was.
        app.update(Action::OpenPicker);
        app.update(Action::PickerToggle);
        app.update(Action::Back);
        assert_eq!(app.filter.selected, ["Odesa"]);
        assert!(!app.quit);
    }

    #[test]
    fn search_narrows_and_esc_clears() {
        let mut app = app();
        app.update(Action::OpenSearch);
        for c in "DRONES".chars() {
            app.update(Action::Type(c));
        }
        assert_eq!(titles(&app), ["Bravo report"]);
        app.update(Action::Erase);
        app.update(Action::Apply);
        assert!(!app.search.editing);
        assert_eq!(titles(&app), ["Bravo report"]);
        app.update(Action::OpenSearch);
        app.update(Action::Back);
        assert_eq!(titles(&app).len(), 3);
        assert!(!app.quit);
    }

    #[test]
    fn esc_closes_popups_then_quits() {
        let mut app = app();
        app.update(Action::OpenHelp);
        app.update(Action::Back);
        assert!(app.popup.is_none() && !app.quit);
        app.update(Action::OpenHelp);
        app.update(Action::Quit);
        assert!(app.popup.is_none() && !app.quit);
        app.update(Action::Back);
        assert!(app.quit);
    }

    #[test]
    fn focus_cycles_and_enter_opens() {
        let mut app = app();
        app.update(Action::NextPane);
        app.update(Action::NextPane);
        assert_eq!(app.focus, Focus::Facts);
        app.update(Action::NextPane);
        assert_eq!(app.focus, Focus::List);
        app.update(Action::PrevPane);
        assert_eq!(app.focus, Focus::Facts);
        app.focus = Focus::List;
        app.update(Action::Open);
        assert_eq!(app.focus, Focus::Body);
    }

    #[test]
    fn clicks_select_and_wheel_scrolls_the_pane_under_the_pointer() {
        let mut app = app();
        let list = app.panes.unwrap().list;
        // Second article: rows 2–3 of the list (two lines per article) below the border.
        app.mouse(Mouse::Click, Position::new(list.x + 3, list.y + 1 + 2));
        assert_eq!(app.article().unwrap().title, "Bravo report");
        app.mouse(Mouse::ScrollDown, Position::new(list.x + 3, list.y + 5));
        assert_eq!(app.article().unwrap().title, "Charlie report");
        assert_eq!(app.focus, Focus::List);
    }

    #[test]
    fn tiny_terminal_takes_every_action_without_panicking() {
        let mut app = app();
        app.resize(Rect::new(0, 0, 1, 1));
        for action in [
            Action::Down,
            Action::PageDown,
            Action::Bottom,
            Action::NextPane,
            Action::Down,
            Action::Open,
            Action::Next,
            Action::NextPane,
            Action::PageDown,
            Action::Top,
        ] {
            app.update(action);
        }
        app.mouse(Mouse::Click, Position::new(0, 0));
        assert!(!app.quit);
    }

    #[test]
    fn help_scroll_stops_at_its_last_page() {
        let mut app = app();
        app.resize(Rect::new(0, 0, 80, 24));
        app.update(Action::OpenHelp);
        for _ in 0..100 {
            app.update(Action::Down);
        }
        let last = crate::keys::help_len() - 22;
        assert_eq!(app.popup, Some(Popup::Help { scroll: last }));
        // One step up moves at once, however far the user pressed down.
        app.update(Action::Up);
        assert_eq!(app.popup, Some(Popup::Help { scroll: last - 1 }));
    }

    fn dated(path: &str, day: u32) -> Article {
        analyse(Loaded::new(
            path,
            format!("Report {path}\n\nRussia launched 10 drones at Odesa on March {day}, 2025.\n"),
        ))
    }

    #[test]
    fn a_background_load_keeps_the_selection_while_newer_reports_arrive() {
        let mut app = App::loading();
        app.resize(Rect::new(0, 0, 120, 40));
        app.receive(LoadEvent::Found {
            reports: 3,
            problems: vec![],
        });
        assert_eq!(
            app.loading,
            Some(Loading {
                done: 0,
                total: Some(3)
            })
        );
        app.receive(LoadEvent::Articles(vec![dated("b", 5), dated("c", 3)]));
        app.update(Action::Down);
        assert_eq!(app.article().map(|a| a.path.as_str()), Some("c"));
        // A newer report goes above; the selection stays on "c".
        app.receive(LoadEvent::Articles(vec![dated("a", 9)]));
        assert_eq!(titles(&app), ["Report a", "Report b", "Report c"]);
        assert_eq!(app.article().map(|a| a.path.as_str()), Some("c"));
        assert_eq!(app.loading.map(|l| l.done), Some(3));
        app.receive(LoadEvent::Done);
        assert_eq!(app.loading, None);
    }

    #[test]
    fn link_keys_ask_the_loop_to_open_or_copy() {
        let mut app = app();
        app.update(Action::OpenLink);
        assert_eq!(app.effect, None);
        assert_eq!(app.flash.as_deref(), Some("This report has no link"));
        app.corpus.articles[app.visible[0]].url = Some("https://example.org/a".into());
        app.update(Action::OpenLink);
        assert_eq!(
            app.effect.take(),
            Some(Effect::Open("https://example.org/a".into()))
        );
        app.update(Action::CopyLink);
        assert_eq!(
            app.effect.take(),
            Some(Effect::Copy("https://example.org/a".into()))
        );
        app.corpus.articles[app.visible[0]].url = Some("file:///etc/passwd".into());
        app.update(Action::OpenLink);
        assert_eq!(app.effect, None);
        // A link that would act when pasted into a shell is neither opened nor copied.
        for bad in [
            "https://ex.org/a\ntouch /tmp/x",
            "https://ex.org/a\u{1b}[201~echo",
        ] {
            app.corpus.articles[app.visible[0]].url = Some(bad.into());
            app.update(Action::CopyLink);
            assert_eq!(app.effect, None);
            app.update(Action::OpenLink);
            assert_eq!(app.effect, None);
        }
    }

    #[test]
    fn a_digit_the_legend_does_not_show_does_nothing() {
        let mut app = app();
        // At 40 columns the legend holds no digit beside its tail: 1 does not act.
        app.resize(Rect::new(0, 0, 40, 20));
        assert!(app.legend().items.is_empty());
        app.update(Action::ToggleRegion(0));
        assert!(app.filter.is_empty());
        assert_eq!(titles(&app).len(), 3);
        app.resize(Rect::new(0, 0, 120, 40));
        app.update(Action::ToggleRegion(0));
        assert_eq!(app.filter.describe(), "Kharkiv");
    }

    #[test]
    fn esc_clears_the_search_then_the_regions_then_quits() {
        let mut app = app();
        app.update(Action::ToggleRegion(0));
        app.update(Action::OpenSearch);
        for c in "bravo".chars() {
            app.update(Action::Type(c));
        }
        app.update(Action::Apply);
        assert_eq!(titles(&app), ["Bravo report"]);
        app.update(Action::Back);
        assert!(!app.quit);
        assert_eq!(titles(&app), ["Alpha report", "Bravo report"]);
        app.update(Action::Back);
        assert!(!app.quit);
        assert_eq!(titles(&app).len(), 3);
        app.update(Action::Back);
        assert!(app.quit);
    }

    #[test]
    fn a_kept_search_goes_to_each_match_with_n_and_shift_n() {
        let mut app = app();
        app.update(Action::OpenSearch);
        for c in "report".chars() {
            app.update(Action::Type(c));
        }
        app.update(Action::Apply);
        // One match per title: three in all, the first in the open article.
        assert_eq!(app.search.hits.len(), 3);
        assert_eq!(
            app.flash.as_deref(),
            Some("Match 1 of 3 (n: next, N: previous, Esc: clear)")
        );
        app.update(Action::Next);
        assert_eq!(app.article().unwrap().title, "Bravo report");
        assert!(app.flash.as_deref().unwrap().starts_with("Match 2 of 3"));
        app.update(Action::Prev);
        app.update(Action::Prev);
        // Back past the first: the last match, in the last article.
        assert_eq!(app.article().unwrap().title, "Charlie report");
        assert!(app.flash.as_deref().unwrap().starts_with("Match 3 of 3"));
    }

    #[test]
    fn over_the_archive_a_kept_search_is_full_text_and_ranked() {
        let mut app = app();
        app.full_text = true;
        app.update(Action::OpenSearch);
        for c in "report*".chars() {
            app.update(Action::Type(c));
        }
        app.update(Action::Apply);
        assert_eq!(app.effect.take(), Some(Effect::Search("report*".into())));
        // The index ranks Charlie before Alpha and does not find Bravo.
        let hash = |title: &str| {
            app.corpus
                .articles
                .iter()
                .find(|a| a.title == title)
                .unwrap()
                .hash
                .clone()
        };
        let answer = vec![hash("Charlie report"), hash("Alpha report")];
        app.search_ranked(Ok(answer));
        assert_eq!(titles(&app), ["Charlie report", "Alpha report"]);
        // Its words are what is highlighted and stepped through.
        assert_eq!(app.search.hits.len(), 2);
        // A query the index cannot read keeps the plain result and says so.
        app.search_ranked(Err("fts5: syntax error".into()));
        assert!(app
            .flash
            .as_deref()
            .unwrap()
            .starts_with("Full-text search: fts5"));
        app.update(Action::Back);
        assert_eq!(titles(&app).len(), 3);
    }
}
