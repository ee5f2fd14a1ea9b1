/**
 * China's working-day calendar: weekends, public holidays and the make-up working days (调休) that
 * fall on weekends, loaded per year from the State Council's published schedule. Deadlines of
 * complaints count in these working days. A year without data is an error, never a guess.
 */
package org.estatecare.complaints.calendar;
