//! A load generator for live mode (used by `consulta bench`): see [`bench_live`].
