//! Uploaded images: decoded with limits and re-encoded (being written).
