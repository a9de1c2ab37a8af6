//! The sign form's fields, as pairs, through the parser the handler uses: a signature or every
//! refused field, never a panic; what is accepted passed the text rules.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|fields: [String; 5]| {
    let [name, email, country, city, comment] = fields;
    let pairs = vec![
        ("name".to_string(), name),
        ("email".to_string(), email),
        ("country".to_string(), country),
        ("city".to_string(), city),
        ("comment".to_string(), comment),
        ("consent".to_string(), "yes".to_string()),
    ];
    let input = tadamun::petitions::model::SignInput::from_pairs(&pairs);
    if let Ok(signing) = input.parse(tadamun::countries::countries()) {
        assert!(!signing.name.as_str().trim().is_empty());
        assert!(signing.name.as_str().chars().count() <= 100);
        assert!(signing.comment.as_deref().is_none_or(|c| c.chars().count() <= 500));
    }
});
