//! What a key or a click asks the app to do.

/// One user intent; `App::update` carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    NextPane,
    PrevPane,
    /// Open the selected article (list) or show the selected fact in the text (facts).
    Open,
    /// Next sentence of the shown fact (facts pane), else the next search match.
    Next,
    /// The previous search match.
    Prev,
    /// Toggle the n-th region of the legend (0-based: key 1 is 0).
    ToggleRegion(u8),
    ClearFilter,
    ToggleMatchAll,
    OpenPicker,
    OpenMessages,
    OpenHelp,
    /// Close the popup, else quit.
    Back,
    /// Close the popup, else quit.
    Quit,
    ForceQuit,
    /// Ctrl-Z: hand the terminal back to the shell until `fg` (carried out by the terminal loop).
    Suspend,
    /// Start typing a search.
    OpenSearch,
    PickerToggle,
    /// Enter in the picker or the search prompt.
    Apply,
    /// Backspace in the picker or the search prompt.
    Erase,
    /// A printable key typed into the picker or the search prompt.
    Type(char),
    /// Open the article's link with the system's opener.
    OpenLink,
    /// Copy the article's link to the clipboard (OSC 52).
    CopyLink,
    /// Mark the article read / unread.
    ToggleRead,
    /// Bookmark the article, or take the bookmark away.
    ToggleBookmark,
    /// Select the next unread article.
    NextUnread,
    /// Mark every listed article read.
    MarkAllRead,
    /// Ctrl-U in the query line: clear what is typed.
    ClearLine,
    /// Fetch every configured source into the archive, in the background.
    Fetch,
    /// Tab in the query line: complete an operator, a weapon or a region.
    Complete,
    /// Cycle the list's order: date, source, most facts, most launched.
    CycleSort,
    /// Save the kept query under a name (asked for).
    SaveQuery,
    /// Run the n-th saved query (0-based: F1 is 0).
    RunSaved(u8),
    /// Open the events view over the listed reports.
    OpenEvents,
}
