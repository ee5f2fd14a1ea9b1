/**
 * What this service knows of estates, learnt only from events: the registry's effective-dated timeline
 * ({@code estates.v1}: in the scheme, exit, mode, households and floor area by day), the companies serving each estate
 * and the estate classes ({@code agreements.v1}), the published grades ({@code assessments.v1}) and the companies'
 * subsidy-use reports (R-AGR-3). Every projection applies an event once, whatever the order of redelivery, and marks
 * the estate changed so the next run compares its settled months again.
 */
package org.estatecare.subsidies.facts;
