/**
 * Management service agreements (R-AGR-1, "1+4+N"): one agreement binds an estate, its signing party
 * (R-COMM-1) and a company for a term; four basic services with their standards, N extras; amendments
 * as new versions; renewal as the next term; ended by the estate's exit through events.
 */
package org.estatecare.agreements.agreement;
