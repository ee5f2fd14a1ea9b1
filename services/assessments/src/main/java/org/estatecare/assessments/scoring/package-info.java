/**
 * Scoring: a scheme's rules (criteria, weights, deductions, grade bands, samples, due dates) and the
 * calculation that turns one serving spell's evidence into a breakdown anyone can recompute by hand.
 */
package org.estatecare.assessments.scoring;
