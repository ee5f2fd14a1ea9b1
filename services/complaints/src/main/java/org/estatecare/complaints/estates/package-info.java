/**
 * What this service knows of estates, learnt only from {@code estates.v1} and kept as the platform's shared
 * effective-dated timeline: territory, and whether the estate is in the scheme and managed by a company on a
 * given day, which decides how a complaint filed that day is routed (R-ELIG-2). Applied once per event, in order.
 */
package org.estatecare.complaints.estates;
