//! Everything the reader can be asked to do. Keys and the mouse become actions (see `keymap`), and
//! tests drive the reader by actions.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Scroll by lines (positive: down).
    Scroll(isize),
    /// Scroll by half a page (positive: down).
    HalfPage(isize),
    /// Scroll by a page (positive: down).
    Page(isize),
    Top,
    Bottom,
    NextStatement,
    PrevStatement,
    /// The next / previous statement of the selected speaker.
    NextOfSpeaker,
    PrevOfSpeaker,
    /// Select the next / previous speaker and go to their next statement.
    NextSpeaker,
    PrevSpeaker,
    /// Go to a statement (by index into `Analysis::statements`).
    JumpTo(usize),
    ToggleFocusMode,
    /// Fold or unfold the section at the cursor.
    ToggleFold,
    FoldAll,
    UnfoldAll,
    /// Move the keyboard focus between the article and the panel.
    SwitchFocus,
    PanelDown,
    PanelUp,
    /// In the panel: go to the speaker's next statement, or to the statement under the cursor.
    PanelEnter,
    SearchStart,
    SearchChar(char),
    SearchBackspace,
    SearchSubmit,
    SearchCancel,
    SearchNext,
    SearchPrev,
    /// Copy the statement under the cursor as a citation (OSC 52), or all of the selected
    /// speaker's statements.
    CopyStatement,
    CopySpeaker,
    /// Open the link on the current line with the system's opener, or copy it (OSC 52).
    OpenLink,
    ToggleHelp,
    CloseHelp,
    /// Scroll the help overlay by this many lines (negative: up).
    HelpScroll(isize),
    Quit,
    /// Give the terminal back and stop until the shell's `fg` (Ctrl-z, as in less).
    Suspend,
    /// Draw the whole screen again (Ctrl-l).
    Redraw,
    /// The screen has this many columns and rows.
    Resize(u16, u16),
    /// A click with the main button at (column, row).
    Click(u16, u16),
    /// The wheel turned over (column, row): positive scrolls down.
    Wheel(u16, u16, isize),
    /// A key that means nothing here (ends a pending `z`).
    Nothing,
}
