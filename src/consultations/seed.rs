//! Synthetic responses.
