/**
 * Contracts of topic {@code estates.v1}, produced by the estate registry: an estate's registration,
 * inclusion in the scheme (R-ELIG-1, R-TAKE-1), non-inclusion (R-ELIG-2), exit (R-EXIT-1/2), management
 * mode (R-MODE-1), management committee (R-COMM-1) and details. Every payload carries the estate's
 * street and community so a consumer can build its projection from any one event.
 */
package org.estatecare.events.estates;
