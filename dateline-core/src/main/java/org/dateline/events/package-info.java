/**
 * Events: CAMEO 2.0 coding on the dependency parse, with PLOVER type and mode, Goldstein
 * score and QuadClass from {@code cameo-codes.tsv}, and the verb and noun patterns of
 * {@code event-patterns.tsv} (user-extendable). {@link org.dateline.events.EventCoder} codes
 * each predicate; {@code Slots} reads a predicate's complements, {@code Sides} finds who
 * stands on each side, {@code Modality} how the predicate is said; {@code Statements} codes
 * what is said (blame, gloom, hope); {@code EarlierDeeds} resolves words that refer back to
 * events told before; {@code NewsDays} dates past deeds told without a time by the story's
 * lead.
 */
package org.dateline.events;
