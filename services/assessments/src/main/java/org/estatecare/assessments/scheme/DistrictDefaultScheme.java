package org.estatecare.assessments.scheme;

import java.time.Clock;
import java.time.LocalDate;

import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.security.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Every street is scored by some approved scheme: on first start the district's scheme is stored with
 * the shipped default rules, in force from {@link #SHIPPED_FROM}. The district changes it as any other
 * scheme, by a new version; an existing district scheme is never touched.
 */
@Component
class DistrictDefaultScheme implements ApplicationRunner {

    static final LocalDate SHIPPED_FROM = LocalDate.of(2020, 1, 1);
    private static final Logger log = LoggerFactory.getLogger(DistrictDefaultScheme.class);

    private final Schemes schemes;
    private final Clock clock;

    DistrictDefaultScheme(Schemes schemes, Clock clock) {
        this.schemes = schemes;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (schemes.find(SchemeId.DISTRICT, Access.everything()).isPresent()) {
            return;
        }
        try {
            schemes.add(Scheme.districtDefault(SchemeRules.districtDefault(), SHIPPED_FROM, clock.instant()));
            log.info("district default assessment scheme stored, in force from {}", SHIPPED_FROM);
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            log.debug("district default assessment scheme stored by another instance");
        }
    }
}
