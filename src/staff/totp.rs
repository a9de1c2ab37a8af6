//! Two-factor sign-in codes (being written).
