/**
 * Events: CAMEO 2.0 coding on the dependency parse, with PLOVER type and mode, Goldstein
 * score and QuadClass from {@code cameo-codes.tsv}, and the verb and noun patterns of
 * {@code event-patterns.tsv} (user-extendable).
 */
package org.dateline.events;
