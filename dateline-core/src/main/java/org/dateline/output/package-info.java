/** Writing records: JSON Lines in the contract of {@code record-format.md}, and a readable table. */
package org.dateline.output;
