/**
 * Time as the district counts it: China's working days (weekends, the statutory holidays of the national
 * rules computed for any year, and the State Council's yearly arrangement of bridged days and make-up
 * working days where it is known) and calendar quarters. Pure computation, no storage: a service keeps
 * the official years it has learnt and installs them into a {@link org.estatecare.kit.time.WorkingDayCalendar}.
 */
package org.estatecare.kit.time;
