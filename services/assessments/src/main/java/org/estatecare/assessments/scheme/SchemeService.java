package org.estatecare.assessments.scheme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;

import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** Streets draft and submit their schemes, the district decides; everyone reads the approved rules. */
@Service
public class SchemeService {

    private static final Logger log = LoggerFactory.getLogger(SchemeService.class);

    private final Schemes schemes;
    private final SchemeAccess access;
    private final Clock clock;

    public SchemeService(Schemes schemes, SchemeAccess access, Clock clock) {
        this.schemes = schemes;
        this.access = access;
        this.clock = clock;
    }

    public Page<Scheme> list(Pageable page, Caller caller) {
        return schemes.page(access.scope(caller), page);
    }

    public Scheme get(SchemeId id, Caller caller) {
        return schemes.get(id, access.scope(caller));
    }

    /** The version that scores a street's day (its own, else the district's). */
    public SchemeInForce inForce(Optional<String> street, LocalDate day) {
        return schemes.inForce(street, day)
                .orElseThrow(() -> new NotFoundException("assessment scheme in force", street.orElse("district") + "@" + day));
    }

    /** Drafts the next version; the street's first draft creates its scheme. */
    @PreAuthorize("hasAnyRole('street-officer', 'district-admin')")
    public Scheme draft(SchemeId id, SchemeRules rules, LocalDate effectiveFrom, String note, Caller caller) {
        requireDrafter(caller, id);
        for (int attempt = 1; ; attempt++) {
            Optional<Scheme> existing = schemes.find(id, access.scope(caller));
            if (existing.isPresent()) {
                return schemes.update(id, access.scope(caller), OptionalLong.empty(),
                        scheme -> scheme.draft(rules, effectiveFrom, note, caller.username(), clock.instant(), today()));
            }
            Scheme created = Scheme.of(id);
            created.draft(rules, effectiveFrom, note, caller.username(), clock.instant(), today());
            try {
                Scheme added = schemes.add(created);
                log.info("assessment scheme created: {}", id);
                return added;
            } catch (DuplicateKeyException raced) {
                if (attempt == 2) {
                    throw raced;
                }
            }
        }
    }

    @PreAuthorize("hasAnyRole('street-officer', 'district-admin')")
    public Scheme revise(SchemeId id, int version, SchemeRules rules, LocalDate effectiveFrom, String note,
                         OptionalLong ifMatch, Caller caller) {
        requireDrafter(caller, id);
        return schemes.update(id, access.scope(caller), ifMatch,
                scheme -> scheme.revise(version, rules, effectiveFrom, note, caller.username(), clock.instant(), today()));
    }

    @PreAuthorize("hasRole('street-officer')")
    public Scheme submit(SchemeId id, int version, OptionalLong ifMatch, Caller caller) {
        requireDrafter(caller, id);
        return schemes.update(id, access.scope(caller), ifMatch,
                scheme -> scheme.submit(version, caller.username(), clock.instant()));
    }

    @PreAuthorize("hasRole('district-admin')")
    public Scheme approve(SchemeId id, int version, String note, OptionalLong ifMatch, Caller caller) {
        Scheme approved = schemes.update(id, access.scope(caller), ifMatch,
                scheme -> scheme.approve(version, note, caller.username(), clock.instant(), today()));
        log.info("assessment scheme approved: {} version {}", id, version);
        return approved;
    }

    @PreAuthorize("hasRole('district-admin')")
    public Scheme reject(SchemeId id, int version, String reason, OptionalLong ifMatch, Caller caller) {
        return schemes.update(id, access.scope(caller), ifMatch,
                scheme -> scheme.reject(version, reason, caller.username(), clock.instant()));
    }

    private void requireDrafter(Caller caller, SchemeId id) {
        if (!access.mayDraft(caller, id)) {
            throw new AccessDeniedException(id.isDistrict()
                    ? "only the district drafts its default scheme"
                    : "only the officers of street " + id + " draft its scheme");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.BEIJING);
    }
}
