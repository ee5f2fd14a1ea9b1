/**
 * What this service knows of estates, learnt only from events and kept in the platform's shared projections:
 * the registry's effective-dated timeline ({@code estates.v1}: territory, in the scheme and managed by a company
 * on a given day) and the service company serving each estate ({@code agreements.v1}), which together decide
 * how a complaint filed that day is routed (R-ELIG-2, R-AGR-5). Applied once per event, in order.
 */
package org.estatecare.complaints.estates;
