/**
 * Exit on application (R-EXIT-1): the street office applies, for itself or for the property owner, with
 * the reason's evidence; the district approves (the estate then exits, R-EXIT-2) or refuses with reasons;
 * the applicant may withdraw while the application waits.
 */
package org.estatecare.registry.exit;
