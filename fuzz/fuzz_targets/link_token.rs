//! Any path segment as a mail link token: only tokens we signed verify, for their purpose.
#![no_main]
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tadamun::crypto::{Keys, LinkPurpose, load_or_create_keyring};
use tadamun::supporters::model::SupporterId;

fn keys() -> &'static Keys {
    static KEYS: OnceLock<Keys> = OnceLock::new();
    KEYS.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("tadamun-fuzz-{}", std::process::id()));
        Keys::derive(&load_or_create_keyring(&dir.join("master.key")).unwrap())
    })
}

fuzz_target!(|token: &str| {
    let keys = keys();
    for purpose in [LinkPurpose::Confirm, LinkPurpose::Unsubscribe, LinkPurpose::SelfService] {
        if let Some((id, version)) = keys.verify_versioned_link::<SupporterId>(purpose, token) {
            // Only what we would have made ourselves.
            let ours = match version {
                None => keys.sign_link(purpose, id),
                Some(v) => keys.sign_versioned_link(purpose, id, v),
            };
            assert_eq!(ours, token);
        }
    }
});
