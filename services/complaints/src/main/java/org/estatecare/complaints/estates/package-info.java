/**
 * What this service knows of estates, learnt only from {@code estates.v1}: territory and whether the
 * estate is in the scheme now, which decides how new complaints are routed (R-ELIG-2). Applied once
 * per event, newest wins ({@code SequenceGuard}).
 */
package org.estatecare.complaints.estates;
