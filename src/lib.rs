//! tadamun: self-hosted software for a coalition running a solidarity campaign.
//! See ARCHITECTURE.md for the map of modules and the walk of a request.

pub mod app;
pub mod calls;
pub mod audit;
pub mod campaigns;
pub mod cli;
pub mod config;
pub mod context;
pub mod countries;
pub mod crypto;
pub mod db;
pub mod demo;
pub mod error;
pub mod events;
pub mod facts;
pub mod http;
pub mod i18n;
pub mod images;
pub mod jobs;
pub mod letters;
pub mod mail;
pub mod organisations;
pub mod places;
pub mod petitions;
pub mod router;
pub mod staff;
pub mod state;
pub mod supporters;
pub mod targets;
pub mod text;
pub mod watch;
