//! The gazetteer: cities by name and country, offline (being written).
