package org.estatecare.registry.estate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * On the day a scheduled exit or mode takes effect (R-EXIT-2, R-MODE-1), moves the stored status and
 * mode, so the stored data is today's between requests too. Lists, counts and the gauge do the same
 * before they read, so they never wait for this job.
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
