/**
 * The estate aggregate: its facts, its lifecycle in the scheme (R-TAKE-1, R-ELIG-1/2, R-EXIT-1),
 * management mode (R-MODE-1), committee (R-COMM-1) and maintenance units (R-MAINT-1), and the
 * append-only history of every decision. Queries are scoped to what the caller may see.
 */
package org.estatecare.registry.estate;
