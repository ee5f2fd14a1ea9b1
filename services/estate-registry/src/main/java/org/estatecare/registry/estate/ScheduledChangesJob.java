package org.estatecare.registry.estate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the day a scheduled exit or mode takes effect (R-EXIT-2, R-MODE-1), moves the stored status and
 * mode, so the stored data is today's between requests too. The first list, count or gauge refresh of a
 * day does the same before it reads, so none waits for this job; the job also catches what that first
 * catch-up of the day could not see (a write stored across midnight, data changed behind the service).
 */
@Component
class ScheduledChangesJob {

    private static final Logger log = LoggerFactory.getLogger(ScheduledChangesJob.class);

    private final Estates estates;

    ScheduledChangesJob(Estates estates) {
        this.estates = estates;
    }

    @Scheduled(initialDelayString = "${estatecare.registry.scheduled-changes-interval:5m}",
            fixedDelayString = "${estatecare.registry.scheduled-changes-interval:5m}")
    void bringEstatesUpToToday() {
        int moved = estates.bringUpToToday();
        if (moved > 0) {
            log.info("scheduled changes took effect: estates={}", moved);
        }
    }
}
