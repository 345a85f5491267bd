//! The demo consultation.
