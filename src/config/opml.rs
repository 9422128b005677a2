//! OPML, the list of feeds every feed reader imports and exports: `sitrep opml import FILE` adds its feeds
//! to the config's `[[sources]]`, `sitrep opml export` writes the configured URL sources as OPML 2.0.

use super::Source;
use std::path::Path;

/// The feeds an OPML file lists: every `<outline>` with an `xmlUrl`, named by its `title`, else `text`.
pub fn import(text: &str) -> Result<Vec<Source>, String> {
    if !text.to_ascii_lowercase().contains("<opml") {
        return Err("not an OPML file (no <opml> element)".into());
    }
    let doc = dom_query::Document::from(text);
    let mut out: Vec<Source> = Vec::new();
    for outline in doc.select("outline").iter() {
        // The HTML parser folds attribute names to lower case.
        let Some(url) = outline.attr("xmlurl").map(|u| u.trim().to_string()) else {
            continue;
        };
        if !clean_link(&url) || out.iter().any(|s| s.url.as_deref() == Some(&url)) {
            continue;
        }
        let name = outline
            .attr("title")
            .or_else(|| outline.attr("text"))
            .map(|n| n.trim().chars().filter(|&c| !hidden(c)).collect::<String>())
            .filter(|n| !n.is_empty());
        out.push(Source {
            name,
            url: Some(url),
            ..Source::default()
        });
    }
    Ok(out)
}

/// The configured sources with a URL (not Telegram channels or paths) as an OPML 2.0 document.
pub fn export(sources: &[Source]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n    \
         <title>sitrep sources</title>\n  </head>\n  <body>\n",
    );
    for s in sources.iter().filter(|s| s.telegram.is_none()) {
        let Some(url) = &s.url else { continue };
        out.push_str(&format!(
            "    <outline type=\"rss\" text=\"{name}\" title=\"{name}\" xmlUrl=\"{}\"/>\n",
            escape(url),
            name = escape(&s.label()),
        ));
    }
    out.push_str("  </body>\n</opml>\n");
    out
}

/// An http(s) link with nothing in it that would act when pasted (spaces, control characters).
fn clean_link(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://"))
        && !url.chars().any(|c| c.is_whitespace() || hidden(c))
}

/// Control characters and the bidi controls that would make a name show other words than it has.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn escape(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '&' => "&amp;".to_string(),
            '<' => "&lt;".to_string(),
            '>' => "&gt;".to_string(),
            '"' => "&quot;".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Appends `sources` whose URL the config at `path` lacks as `[[sources]]` tables, leaving the rest of
/// the file as it was; returns how many were added.
pub fn append_sources(
    path: &Path,
    configured: &[Source],
    sources: &[Source],
) -> Result<usize, String> {
    use std::io::Write;
    let quoted = |s: &str| toml::Value::String(s.to_string()).to_string();
    let mut text = String::new();
    let mut added = 0;
    for s in sources {
        let Some(url) = &s.url else { continue };
        if configured
            .iter()
            .any(|c| c.url.as_deref() == Some(url.as_str()))
        {
            continue;
        }
        text.push_str("\n[[sources]]\n");
        if let Some(name) = &s.name {
            text.push_str(&format!("name = {}\n", quoted(name)));
        }
        text.push_str(&format!("url = {}\n", quoted(url)));
        added += 1;
    }
    if added == 0 {
        return Ok(0);
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An export as another reader writes it: nested folders, one outline without a feed.
    const OPML: &str = r#"<?xml version="1.0"?>
<opml version="1.0"><head><title>Subscriptions</title></head><body>
  <outline text="World">
    <outline type="rss" text="Harbour Post" title="Harbour Post" xmlUrl="https://harbour.example/rss?a=1&amp;b=2"/>
    <outline type="rss" text="Steppe Daily" xmlUrl="https://steppe.example/feed.xml"/>
  </outline>
  <outline text="A folder with no feed"/>
  <outline type="rss" text="Harbour Post again" xmlUrl="https://harbour.example/rss?a=1&amp;b=2"/>
</body></opml>"#;

    #[test]
    fn import_reads_every_feed_once_and_export_writes_them_back() {
        let sources = import(OPML).unwrap();
        let got: Vec<(Option<&str>, Option<&str>)> = sources
            .iter()
            .map(|s| (s.name.as_deref(), s.url.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    Some("Harbour Post"),
                    Some("https://harbour.example/rss?a=1&b=2")
                ),
                (
                    Some("Steppe Daily"),
                    Some("https://steppe.example/feed.xml")
                ),
            ]
        );
        let written = export(&sources);
        assert!(
            written.contains("xmlUrl=\"https://harbour.example/rss?a=1&amp;b=2\""),
            "{written}"
        );
        assert_eq!(
            import(&written).unwrap(),
            sources,
            "a round trip keeps them"
        );
        assert!(import("<html><body>no</body></html>").is_err());
    }

    #[test]
    fn append_adds_only_the_feeds_the_config_lacks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sitrep/config.toml");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(
            &path,
            "# my sources\n[[sources]]\nurl = \"https://steppe.example/feed.xml\"\n",
        )
        .unwrap();
        let configured = super::super::load(&path).unwrap().sources;
        let added = append_sources(&path, &configured, &import(OPML).unwrap()).unwrap();
        assert_eq!(added, 1);
        let config = super::super::load(&path).unwrap();
        assert_eq!(config.sources.len(), 2);
        assert_eq!(config.sources[1].label(), "Harbour Post");
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("# my sources"));
    }
}
