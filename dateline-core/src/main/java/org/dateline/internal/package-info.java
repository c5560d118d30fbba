/**
 * Helpers shared by the stages, not part of Dateline's API: they may change in any release.
 */
package org.dateline.internal;
