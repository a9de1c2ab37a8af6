//! Typed text through the single- and multi-line checks and the Markdown renderer: accepted
//! text is within its limit, and the rendered HTML never carries a script, an event handler or
//! a `javascript:` link (text that merely mentions them is fine: it is escaped).
#![no_main]
use libfuzzer_sys::fuzz_target;

/// The tags of `html` (from `<` to `>`), lower-cased: escaped text contains no `<`.
fn tags(html: &str) -> impl Iterator<Item = String> + '_ {
    html.split('<').skip(1).map(|rest| rest.split('>').next().unwrap_or("").to_ascii_lowercase())
}

fuzz_target!(|text: String| {
    if let Ok(line) = tadamun::text::single_line(&text, 200, false) {
        assert!(line.chars().count() <= 200 && !line.contains('\n'));
    }
    if let Ok(md) = tadamun::text::multi_line(&text, 20_000, false) {
        let html = tadamun::text::markdown_to_html(&md);
        for tag in tags(&html) {
            assert!(!tag.starts_with("script") && !tag.starts_with("style") && !tag.starts_with("img") && !tag.starts_with("iframe"), "{tag}");
            let attrs: Vec<&str> = tag.split_whitespace().skip(1).collect();
            assert!(!attrs.iter().any(|a| a.starts_with("on")), "an event handler: {tag}");
            // A link's scheme is what starts its address; a relative address that merely
            // contains "javascript:" later on is harmless.
            for a in &attrs {
                if let Some(url) = a.strip_prefix("href=\"") {
                    let url = url.trim_start();
                    assert!(!["javascript:", "data:", "vbscript:"].iter().any(|s| url.starts_with(s)), "{tag}");
                }
            }
        }
    }
});
