/**
 * The yearly official arrangement of China's working days (the State Council's notice) as the district loads
 * it: every version kept, brought into force in the kit's {@link org.estatecare.kit.time.WorkingDayCalendar} on
 * every replica, announced as {@code complaints.calendar-year.published}, and the open deadlines through the year
 * counted again. The counting itself is the kit's, the same for every service.
 */
package org.estatecare.complaints.calendar;
