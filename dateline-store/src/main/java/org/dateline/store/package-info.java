/**
 * The embedded store: a DuckDB file holding articles and their records in a versioned
 * schema, with near-duplicate links, cross-article event aggregation, exports and queries.
 */
package org.dateline.store;
