//! Any request body through the form parser every public and staff form uses: it must answer
//! pairs or a refusal, never panic, and never return text that is not what was sent.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|body: &[u8]| {
    if let Ok(pairs) = tadamun::http::session::parse_form(body) {
        assert!(pairs.len() <= tadamun::http::session::MAX_FORM_FIELDS);
        // Accepted bodies decode to what they say: no replacement character appears that the
        // body did not spell itself.
        let spelt = String::from_utf8_lossy(body).to_ascii_uppercase();
        if !spelt.contains("%EF%BF%BD") && !String::from_utf8_lossy(body).contains('\u{FFFD}') {
            assert!(pairs.iter().all(|(k, v)| !k.contains('\u{FFFD}') && !v.contains('\u{FFFD}')));
        }
    }
});
