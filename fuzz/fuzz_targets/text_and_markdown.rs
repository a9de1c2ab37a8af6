//! Typed text through the single- and multi-line checks and the Markdown renderer: accepted
//! text is within its limit, and the rendered HTML never carries a script or an event handler.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: String| {
    if let Ok(line) = tadamun::text::single_line(&text, 200, false) {
        assert!(line.chars().count() <= 200 && !line.contains('\n'));
    }
    if let Ok(md) = tadamun::text::multi_line(&text, 20_000, false) {
        let html = tadamun::text::markdown_to_html(&md).to_ascii_lowercase();
        assert!(!html.contains("<script") && !html.contains(" onerror=") && !html.contains("javascript:"), "{html}");
    }
});
