/**
 * An estate's way into and out of the scheme: takeover acceptance and filing (R-TAKE-1), inclusion
 * (R-ELIG-1), the decision not to include (R-ELIG-2) and exit (R-EXIT-1, R-EXIT-2).
 */
package org.estatecare.registry.lifecycle;
