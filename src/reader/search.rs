//! Search as in less: `/` and a query, Enter, then `n` and `N`. The query is plain text (no
//! pattern syntax); it ignores case unless it has a capital letter ("smart case").

use regex::RegexBuilder;

use super::app::App;
use super::nav;

/// Every match of `query` in `text`, as byte ranges.
pub fn find(text: &str, query: &str) -> Vec<(usize, usize)> {
    if query.is_empty() {
        return Vec::new();
    }
    let ignore_case = !query.chars().any(char::is_uppercase);
    let Ok(re) = RegexBuilder::new(&regex::escape(query))
        .case_insensitive(ignore_case)
        .build()
    else {
        return Vec::new();
    };
    re.find_iter(text)
        .filter(|m| !m.is_empty())
        .map(|m| (m.start(), m.end()))
        .collect()
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
    app.search.matches = find(&app.text, &app.search.query);
    app.search.current = None;
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
    let k = match (app.search.current, forward) {
        (None, _) => 0,
        (Some(k), true) if k + 1 < n => k + 1,
        (Some(_), true) => {
            app.message = Some("Search hit the bottom, continued at the top.".into());
            0
        }
        (Some(0), false) => {
            app.message = Some("Search hit the top, continued at the bottom.".into());
            n - 1
        }
        (Some(k), false) => k - 1,
    };
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
        assert_eq!(find(text, "nato").len(), 3);
        assert_eq!(find(text, "Nato"), [(0, 4)]);
    }

    #[test]
    fn queries_are_text_not_patterns() {
        assert_eq!(find("a.b axb", "a.b"), [(0, 3)]);
        assert_eq!(find("(x)", "("), [(0, 1)]);
    }

    #[test]
    fn offsets_are_bytes_of_the_original_text() {
        let text = "Grüße, GRÜSSE, grüße";
        let m = find(text, "grüße");
        assert_eq!(m.len(), 2);
        for (a, b) in m {
            assert_eq!(text[a..b].to_lowercase(), "grüße");
        }
    }
}
