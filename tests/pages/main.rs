//! Page checks in real referees: headless Chromium (with JavaScript off and on, at 360 px and
//! on a desktop, axe-core for accessibility) and the Nu HTML Checker, in every shipped language.
//! Each needs a tool a fresh machine may lack; without it a test says so loudly and skips
//! (CI sets `TADAMUN_REQUIRE_ALL=1`, which turns a skip into a failure).

#[path = "../common/mod.rs"]
mod common;

mod browser;
mod html_valid;
