/**
 * Quotes: direct speech in quotation marks and reported speech, each with its speaker.
 */
package org.dateline.quotes;
