/**
 * Actors: recognising the people, organisations and countries an article names, coding
 * them CAMEO-style from the dictionaries under {@code resources/org/dateline/actors}, and
 * linking their later mentions (surnames, descriptions, pronouns) to them.
 * {@link org.dateline.actors.ActorRecognizer} is the entry point;
 * {@link org.dateline.actors.Dictionaries} loads and extends the data.
 */
package org.dateline.actors;
