//! Search as in less: `/` and a query, Enter, then `n` and `N`. The query is a regular expression
//! (the `regex` crate's syntax, matched in linear time); it ignores case unless it has a capital
//! letter outside an escape ("smart case": `\S` is no capital). An invalid pattern is named in the
//! status line.

use regex::RegexBuilder;

use super::app::App;
use super::nav;

/// Every match of the pattern `query` in `text`, as byte ranges; or why the pattern is invalid.
pub fn find(text: &str, query: &str) -> Result<Vec<(usize, usize)>, String> {
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let re = RegexBuilder::new(query)
        .case_insensitive(!has_capital(query))
        .build()
        .map_err(|e| match e {
            regex::Error::Syntax(why) => {
                let last = why.lines().last().unwrap_or("").trim();
                last.trim_start_matches("error: ").to_string()
            }
            regex::Error::CompiledTooBig(_) => "the pattern is too large".to_string(),
            other => other.to_string(),
        })?;
    Ok(re
        .find_iter(text)
        .filter(|m| !m.is_empty())
        .map(|m| (m.start(), m.end()))
        .collect())
}

/// A capital letter in the pattern, not counting what follows a backslash (`\S`, `\W`, `\B`).
fn has_capital(query: &str) -> bool {
    let mut escaped = false;
    for c in query.chars() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c.is_uppercase() {
            return true;
        }
    }
    false
}

pub fn submit(app: &mut App) {
    let typed = app.search.input.take().unwrap_or_default();
    if !typed.is_empty() {
        app.search.query = typed;
    }
    if app.search.query.is_empty() {
        app.message = Some("No previous search.".into());
        return;
    }
    app.search.current = None;
    app.search.matches = match find(&app.text, &app.search.query) {
        Ok(matches) => matches,
        Err(why) => {
            app.search.matches = Vec::new();
            app.message = Some(format!("Invalid pattern: {why}"));
            return;
        }
    };
    if app.search.matches.is_empty() {
        app.message = Some(format!("Pattern not found: {}", app.search.query));
        return;
    }
    // Like less: from the top of the screen down, then around.
    let from = app.anchor();
    let k = app.search.matches.partition_point(|m| m.0 < from);
    let k = if k < app.search.matches.len() { k } else { 0 };
    go_to(app, k);
}

pub fn next(app: &mut App, forward: bool) {
    let n = app.search.matches.len();
    if n == 0 {
        app.message = Some(if app.search.query.is_empty() {
            "No previous search: press / to search.".into()
        } else {
            format!("Pattern not found: {}", app.search.query)
        });
        return;
    }
    // Like less: from the match on screen, or else from the screen (the reader may have moved
    // since the last match).
    let on_screen = app.search.current.filter(|k| {
        let line = app.layout.line_of_offset(app.search.matches[*k].0);
        app.visible().contains(&line)
    });
    let k = match (on_screen, forward) {
        (Some(k), true) if k + 1 < n => Some(k + 1),
        (Some(k), false) if k > 0 => Some(k - 1),
        (Some(_), _) => None,
        (None, true) => {
            // The first match below the screen's top line.
            let top = app.anchor();
            let k = app.search.matches.partition_point(|m| m.0 <= top);
            (k < n).then_some(k)
        }
        (None, false) => {
            // The last match above the screen.
            let top = app.anchor();
            app.search
                .matches
                .partition_point(|m| m.0 < top)
                .checked_sub(1)
        }
    };
    let k = k.unwrap_or_else(|| {
        if forward {
            app.message = Some("Search hit the bottom, continued at the top.".into());
            0
        } else {
            app.message = Some("Search hit the top, continued at the bottom.".into());
            n - 1
        }
    });
    go_to(app, k);
}

fn go_to(app: &mut App, k: usize) {
    let Some(&(start, _)) = app.search.matches.get(k) else {
        return;
    };
    app.search.current = Some(k);
    nav::show_offset(app, start);
    if app.message.is_none() {
        app.message = Some(format!(
            "/{}  match {} of {}",
            app.search.query,
            k + 1,
            app.search.matches.len()
        ));
    }
}

/// The matches that overlap the byte range `[start, end)`.
pub fn matches_in(matches: &[(usize, usize)], start: usize, end: usize) -> (usize, usize) {
    let first = matches.partition_point(|m| m.1 <= start);
    let last = first + matches[first..].partition_point(|m| m.0 < end);
    (first, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_case() {
        let text = "Nato und NATO und nato";
        assert_eq!(find(text, "nato").unwrap().len(), 3);
        assert_eq!(find(text, "Nato").unwrap(), [(0, 4)]);
        // An escape is no capital: "\\S" still ignores case.
        assert_eq!(find(text, "n\\Sto").unwrap().len(), 3);
    }

    #[test]
    fn queries_are_regular_expressions() {
        assert_eq!(find("a.b axb", "a.b").unwrap(), [(0, 3), (4, 7)]);
        assert_eq!(find("a.b axb", "a\\.b").unwrap(), [(0, 3)]);
        assert_eq!(find("sagte, sagten", "sagte\\b").unwrap(), [(0, 5)]);
        let why = find("(x)", "(").unwrap_err();
        assert!(why.contains("unclosed group"), "{why}");
    }

    #[test]
    fn offsets_are_bytes_of_the_original_text() {
        let text = "Grüße, GRÜSSE, grüße";
        let m = find(text, "grüße").unwrap();
        assert_eq!(m.len(), 2);
        for (a, b) in m {
            assert_eq!(text[a..b].to_lowercase(), "grüße");
        }
    }
}
