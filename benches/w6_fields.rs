//! W6: the cost of protecting one supporter at rest: encrypting their email, name and city
//! (XChaCha20-Poly1305, random nonce, AAD bound to the row) plus the email's blind index.
//! Goal: at most 2 µs per supporter on the project's 2-core machine.
//!
//!     cargo bench --bench w6_fields

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use tadamun::crypto::{FieldKeys, FieldRef, load_or_create_keyring};

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let keys = FieldKeys::new(&load_or_create_keyring(&dir.path().join("k")).unwrap());
    let email = "amal.haddad@example.org";
    let name = "أمل حداد";
    let city = "Gaziantep";
    let mut row = 0i64;
    c.bench_function("W6 encrypt 3 fields + blind index, per supporter", |b| {
        b.iter(|| {
            row += 1;
            let at = |column| FieldRef { table: "supporters", column, row };
            black_box(keys.encrypt(at("email"), email.as_bytes()));
            black_box(keys.encrypt(at("name"), name.as_bytes()));
            black_box(keys.encrypt(at("city"), city.as_bytes()));
            black_box(keys.blind_index("email", email));
        })
    });
    let ct = keys.encrypt(FieldRef { table: "supporters", column: "email", row: 1 }, email.as_bytes());
    c.bench_function("decrypt one field", |b| {
        b.iter(|| black_box(keys.decrypt(FieldRef { table: "supporters", column: "email", row: 1 }, &ct).unwrap()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
