//! `sitrep fetch` reads a `telegram =` source: the channel's web preview pages, served here by a loopback
//! server of the test's own with pages of its own making in t.me's structure.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::process::Command;

/// One post block as the preview writes it.
fn post(channel: &str, id: u32, html_text: &str, time: &str) -> String {
    format!(
        r#"<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="{channel}/{id}" data-view="x">
<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_text js-message_text" dir="auto">{html_text}</div>
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">1.2K</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/{channel}/{id}"><time datetime="{time}" class="time">08:00</time></a></span>
</div></div></div></div></div>"#
    )
}

fn preview(posts: &[String]) -> String {
    format!(
        r#"<!DOCTYPE html><html><head><meta property="og:title" content="Степова варта"></head><body>
<header class="tgme_header"><div class="tgme_channel_info_header_title"><span dir="auto">Степова варта</span></div></header>
<main class="tgme_main"><section class="tgme_channel_history js-message_history">{}</section></main></body></html>"#,
        posts.concat()
    )
}

/// Serves the preview of `steppewatch` (two pages), and for any other channel what t.me does for a
/// channel without a preview: a redirect to its plain page, which has no posts.
fn serve() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let newest = preview(&[
        post(
            "steppewatch",
            101,
            "Уночі над Сумщиною збито 7 ударних БпЛА.<br/>Влучань немає.",
            "2025-05-06T04:30:00+00:00",
        ),
        post(
            "steppewatch",
            102,
            "Ночью над Курской областью перехвачены 4 беспилотника.",
            "2025-05-07T05:00:00+00:00",
        ),
    ]);
    let older = preview(&[post(
        "steppewatch",
        99,
        "Тривога на Чернігівщині триває &mdash; будьте в укриттях.",
        "2025-05-04T21:15:00+00:00",
    )]);
    let plain = r#"<!DOCTYPE html><html><body><div class="tgme_page"><div class="tgme_page_title">
        <span dir="auto">Somebody</span></div><a class="tgme_action_button_new" href="tg://resolve">View</a></div></body></html>"#
        .to_owned();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut request = String::new();
            let _ = reader.read_line(&mut request);
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request.split(' ').nth(1).unwrap_or("/").to_owned();
            let (status, extra, body) = match path.as_str() {
                "/s/steppewatch" => ("200 OK", String::new(), newest.clone()),
                "/s/steppewatch?before=101" => ("200 OK", String::new(), older.clone()),
                p if p.starts_with("/s/") => (
                    "302 Found",
                    format!("Location: /{}\r\n", &p[3..]),
                    String::new(),
                ),
                _ => ("200 OK", String::new(), plain.clone()),
            };
            let head = format!(
                "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
    });
    base
}

fn sitrep(dir: &std::path::Path, args: &[&str]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_sitrep"))
        .arg("--config")
        .arg(dir.join("config.toml"))
        .arg("--archive")
        .arg(dir.join("archive.db"))
        .args(args)
        .output()
        .unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

#[test]
fn fetch_reads_a_channels_posts_and_names_a_channel_without_a_preview() {
    let base = serve();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        format!(
            "[[sources]]\ntelegram = \"steppewatch\"\nurl = \"{base}\"\npages = 2\n\n\
             [[sources]]\ntelegram = \"@nosuchchannel\"\nurl = \"{base}\"\n"
        ),
    )
    .unwrap();
    let (ok, out) = sitrep(dir.path(), &["fetch"]);
    assert!(!ok, "one source failed: exit 1\n{out}");
    assert!(out.contains("telegram:steppewatch: 3 new"), "{out}");
    assert!(
        out.contains("telegram:@nosuchchannel: failed: no public posts at")
            && out.contains("the channel @nosuchchannel does not exist, is private, or has its web preview turned off"),
        "{out}"
    );

    let (ok, json) = sitrep(dir.path(), &["facts"]);
    assert!(ok, "{json}");
    let reports: serde_json::Value = serde_json::from_str(&json).unwrap();
    let mut got: Vec<(String, String, String, String, String)> = reports
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("").to_owned();
            let regions: Vec<&str> = r["regions"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|x| x["name"].as_str())
                .collect();
            (
                s("url"),
                s("source"),
                s("date"),
                s("lang"),
                regions.join(","),
            )
        })
        .collect();
    got.sort();
    let row = |u: &str, d: &str, l: &str, r: &str| {
        (
            u.to_owned(),
            "Степова варта".to_owned(),
            d.to_owned(),
            l.to_owned(),
            r.to_owned(),
        )
    };
    assert_eq!(
        got,
        [
            row("https://t.me/steppewatch/101", "2025-05-06", "uk", "Sumy"),
            row("https://t.me/steppewatch/102", "2025-05-07", "ru", "Kursk"),
            row(
                "https://t.me/steppewatch/99",
                "2025-05-04",
                "uk",
                "Chernihiv"
            ),
        ]
    );
    let texts: Vec<&str> = reports
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["title"].as_str())
        .collect();
    assert!(
        texts.contains(&"Тривога на Чернігівщині триває — будьте в укриттях."),
        "{texts:?}"
    );
}

#[test]
fn a_bad_channel_name_is_a_config_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "[[sources]]\ntelegram = \"not a channel\"\n",
    )
    .unwrap();
    let (ok, out) = sitrep(dir.path(), &["fetch"]);
    assert!(!ok);
    assert!(out.contains("is not a Telegram channel name"), "{out}");
}
