/**
 * What this service knows of estates, learnt only from events and kept in the platform's shared
 * projections: the registry's effective-dated timeline ({@code estates.v1}: territory, households, in the
 * scheme on a day, management mode) and the company serving each estate on each day ({@code agreements.v1}),
 * which decide who is assessed for which days (a period split between two companies is assessed per company).
 */
package org.estatecare.assessments.estates;
