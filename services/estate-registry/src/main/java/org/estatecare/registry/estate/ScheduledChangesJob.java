package org.estatecare.registry.estate;

import org.estatecare.kit.domain.Implements;
import org.estatecare.registry.RegistryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * On the day a scheduled exit or mode takes effect (R-EXIT-2, R-MODE-1), moves the stored status and
 * mode, so the stored data is today's between requests too. The first list, count or gauge refresh of a
 * day does the same before it reads, so none waits for this job; the job also catches what that first
 * catch-up of the day could not see (a write stored across midnight, data changed behind the service).
 */
@Component
@Implements({"R-EXIT-2", "R-MODE-1"})
class ScheduledChangesJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledChangesJob.class);

    private final Estates estates;
    private final RegistryProperties properties;

    ScheduledChangesJob(Estates estates, RegistryProperties properties) {
        this.estates = estates;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        var interval = properties.scheduledChangesInterval();
        tasks.addFixedDelayTask(new FixedDelayTask(this::bringEstatesUpToToday, interval, interval));
    }

    void bringEstatesUpToToday() {
        int moved = estates.bringUpToToday();
        if (moved > 0) {
            log.info("scheduled changes took effect: estates={}", moved);
        }
    }
}
