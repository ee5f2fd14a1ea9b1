package org.estatecare.assessments.evidence;

import org.estatecare.events.complaints.CalendarYearPublished;
import org.estatecare.kit.time.CalendarYear;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * China's working days, as the deadlines of this service count them (reports due, rectification
 * orders): the arrangements shipped with the platform, refined by each year's State Council notice as
 * the complaints service publishes it ({@code complaints.v1}). Notices learnt are kept, so a restart
 * does not fall back to the computed statutory days.
 */
@Component
public class WorkingDays {

    static final String COLLECTION = "calendar_notices";
    static final int[] SHIPPED = {2026};
    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    /** A year's notice as learnt; a newer one for the same year replaces it. */
    record StoredNotice(@Id int year, CalendarYearPublished notice) {
    }

    private final MongoTemplate mongo;
    private final WorkingDayCalendar calendar = WorkingDayCalendar.fromClasspath(SHIPPED);

    WorkingDays(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.findAll(StoredNotice.class, COLLECTION).forEach(stored -> calendar.install(CalendarYear.published(stored.notice())));
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** A year's official arrangement was published: kept, and counted from now on. */
    void learn(CalendarYearPublished notice) {
        CalendarYear year = CalendarYear.published(notice);
        mongo.save(new StoredNotice(year.year(), notice), COLLECTION);
        calendar.install(year);
        log.info("official working-day arrangement of {} learnt", year.year());
    }
}
