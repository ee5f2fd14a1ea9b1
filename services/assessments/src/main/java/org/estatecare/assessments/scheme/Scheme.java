package org.estatecare.assessments.scheme;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.assessments.scoring.SchemeRules;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.NotFoundException;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.StateConflictException;
import org.estatecare.kit.domain.Violation;

/**
 * A street's assessment and reward method (考核办法, R-ASM-1), or the district's default for streets
 * without one, as numbered versions. The street also allocates the district subsidy by the grades its
 * scheme produces (R-SUB-2), so it cannot shape its own inputs unseen: a street's version is used only
 * once the district approves it, and only from the first day of a month not over when it is drafted
 * and approved (the month under way is scored after its end). One version at a time is open (drafted or awaiting the district); approved and
 * rejected ones never change.
 */
@Implements("R-ASM-1")
public class Scheme extends Aggregate<SchemeId> {

    /** How far ahead a version may be dated: further is a typing error, not a plan. */
    public static final Period HORIZON = Period.ofYears(2);
    static final String RULE = "R-ASM-1";

    private List<SchemeVersion> versions = new ArrayList<>();

    protected Scheme() {
    }

    private Scheme(SchemeId id) {
        super(id);
    }

    /** A street's scheme or the district's, before its first version. */
    public static Scheme of(SchemeId id) {
        return new Scheme(id);
    }

    /**
     * The district's scheme as the service ships it: one approved version, in force from
     * {@code effectiveFrom}, with the district's default rules.
     */
    public static Scheme districtDefault(SchemeRules rules, LocalDate effectiveFrom, Instant at) {
        Scheme scheme = new Scheme(SchemeId.DISTRICT);
        scheme.versions.add(SchemeVersion.drafted(1, effectiveFrom, rules, "shipped default", "system", at)
                .decided(VersionStatus.APPROVED, "system", at, null));
        scheme.changed();
        return scheme;
    }

    @Override
    public SchemeId id() {
        return SchemeId.of(storedId());
    }

    public List<SchemeVersion> versions() {
        return List.copyOf(versions);
    }

    public SchemeVersion version(int number) {
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("scheme version", id() + "/" + number));
    }

    /** The version whose rules score the day: the approved one with the latest first day not after it. */
    public Optional<SchemeVersion> inForceOn(LocalDate day) {
        return versions.stream().filter(v -> v.appliesFrom(day))
                .max(Comparator.comparing(SchemeVersion::effectiveFrom).thenComparingInt(SchemeVersion::number));
    }

    public Optional<SchemeVersion> openVersion() {
        return versions.stream().filter(v -> v.status().isOpen()).findFirst();
    }

    /** Drafts the next version; refused while another is open, or when its rules or first day are wrong. */
    public SchemeVersion draft(SchemeRules rules, LocalDate effectiveFrom, String note, String actor, Instant at,
                               LocalDate today) {
        openVersion().ifPresent(open -> {
            throw new StateConflictException("draft", "version " + open.number() + " " + open.status());
        });
        check(rules, effectiveFrom, today);
        int number = versions.stream().mapToInt(SchemeVersion::number).max().orElse(0) + 1;
        SchemeVersion drafted = SchemeVersion.drafted(number, effectiveFrom, rules, note, actor, at);
        versions.add(drafted);
        changed();
        return drafted;
    }

    /** Replaces a draft's rules and first day; a submitted version waits for the district's decision. */
    public void revise(int number, SchemeRules rules, LocalDate effectiveFrom, String note, String actor, Instant at,
                       LocalDate today) {
        SchemeVersion version = require(number, "revise", VersionStatus.DRAFT);
        check(rules, effectiveFrom, today);
        replace(version.revised(effectiveFrom, rules, note, actor, at));
    }

    /** A street submits its draft to the district; the district's own drafts need no submission. */
    public void submit(int number, String actor, Instant at) {
        if (id().isDistrict()) {
            throw new StateConflictException("submit", "the district's scheme is approved by the district directly");
        }
        replace(require(number, "submit", VersionStatus.DRAFT).submitted(actor, at));
    }

    /**
     * The district approves: a street's submitted version, or its own draft. Refused when the month of
     * the version's first day is over by now (the district rejects it and the street drafts again).
     */
    public void approve(int number, String note, String actor, Instant at, LocalDate today) {
        SchemeVersion version = require(number, "approve", id().isDistrict() ? VersionStatus.DRAFT : VersionStatus.SUBMITTED);
        List<Violation> late = effectiveDateViolations(version.effectiveFrom(), today);
        if (!late.isEmpty()) {
            throw new RuleViolationException(late);
        }
        replace(version.decided(VersionStatus.APPROVED, actor, at, note));
    }

    /** The district sends a submitted version back with its reason; the street may draft again. */
    public void reject(int number, String reason, String actor, Instant at) {
        VersionStatus awaited = id().isDistrict() ? VersionStatus.DRAFT : VersionStatus.SUBMITTED;
        replace(require(number, "reject", awaited).decided(VersionStatus.REJECTED, actor, at, reason));
    }

    private SchemeVersion require(int number, String command, VersionStatus expected) {
        SchemeVersion version = version(number);
        if (version.status() != expected) {
            throw new StateConflictException(command, "version " + number + " " + version.status());
        }
        return version;
    }

    private void replace(SchemeVersion changed) {
        versions.replaceAll(v -> v.number() == changed.number() ? changed : v);
        changed();
    }

    private static void check(SchemeRules rules, LocalDate effectiveFrom, LocalDate today) {
        List<Violation> violations = new ArrayList<>(rules.violations());
        violations.addAll(effectiveDateViolations(effectiveFrom, today));
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }

    /** Whole months only, none already over (it may be scored already), and not beyond the horizon. */
    static List<Violation> effectiveDateViolations(LocalDate effectiveFrom, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (effectiveFrom.getDayOfMonth() != 1) {
            violations.add(new Violation(RULE, "effective-not-month-start",
                    "a scheme version applies from the first day of a month", effectiveFrom.toString()));
        }
        if (effectiveFrom.isBefore(today.withDayOfMonth(1))) {
            violations.add(new Violation(RULE, "effective-in-the-past",
                    "a scheme version cannot apply to a month already over", effectiveFrom.toString()));
        }
        if (effectiveFrom.isAfter(today.plus(HORIZON))) {
            violations.add(new Violation(RULE, "effective-too-far-ahead",
                    "a scheme version may be dated at most two years ahead", effectiveFrom.toString()));
        }
        return violations;
    }
}
