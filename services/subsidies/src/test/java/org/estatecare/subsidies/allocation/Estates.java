package org.estatecare.subsidies.allocation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.codes.ManagementMode;
import org.estatecare.events.estates.EstateDetailsChanged;
import org.estatecare.events.estates.EstateExited;
import org.estatecare.events.estates.EstateIncluded;
import org.estatecare.events.estates.EstateRegistered;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.estates.ManagementModeChanged;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.subsidies.policy.GradeFactors;
import org.estatecare.subsidies.policy.NamedRecipient;
import org.estatecare.subsidies.policy.PolicyBook;
import org.estatecare.subsidies.policy.RateUnit;
import org.estatecare.subsidies.policy.Share;
import org.estatecare.subsidies.policy.StreetBudget;
import org.estatecare.subsidies.policy.SubsidyRate;

/** Builds estates as the topics announce them, and the district's policy, for the money's tests. */
final class Estates {

    static final Instant DECIDED = Instant.parse("2025-12-01T02:00:00Z");

    private Estates() {
    }

    /** An estate registered with {@code households} and {@code area} m², included on {@code included}, company-managed. */
    static Builder estate(String id, LocalDate included, int households, String area) {
        return new Builder(id, included, households, new BigDecimal(area));
    }

    static SubsidyRate rate(long version, Share share, EstateClass estateClass, RateUnit unit, String amount, LocalDate from) {
        return new SubsidyRate(share, estateClass, unit, new BigDecimal(amount), from, version, "admin", DECIDED);
    }

    /** Municipal 0.30 yuan/m²·month and district 0.20 yuan/m²·month for class 1, from 2020. */
    static List<SubsidyRate> standardRates() {
        return List.of(rate(1, Share.MUNICIPAL, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.30", LocalDate.of(2020, 1, 1)),
                rate(2, Share.DISTRICT, EstateClass.CLASS_1, RateUnit.PER_SQUARE_METRE_MONTH, "0.20", LocalDate.of(2020, 1, 1)));
    }

    static PolicyBook policy(List<SubsidyRate> rates) {
        return new PolicyBook(rates, List.of(), List.of(new NamedRecipient(ManagementMode.OWNER_SELF_MANAGEMENT, "owner-unit",
                "产权单位", LocalDate.of(2020, 1, 1), 3, "admin", DECIDED), new NamedRecipient(ManagementMode.RESIDENT_SELF_GOVERNANCE,
                "street-fund", "街道办事处自治经费", LocalDate.of(2020, 1, 1), 4, "admin", DECIDED)),
                List.<StreetBudget>of());
    }

    static PolicyBook policy(List<SubsidyRate> rates, List<GradeFactors> factors) {
        return new PolicyBook(rates, factors, List.of(), List.of());
    }

    static final class Builder {
        private final String id;
        private EstateTimeline timeline;
        private final List<ClassSpell> classes = new ArrayList<>();
        private final List<Term> terms = new ArrayList<>();
        private final List<GradeSpell> grades = new ArrayList<>();

        Builder(String id, LocalDate included, int households, BigDecimal area) {
            this.id = id;
            timeline = EstateTimeline.of(id)
                    .with(new EstateRegistered(id, "春华里", "chunhua", "chunhua-xinhua", "春华街1号", 12, households, area))
                    .with(new EstateIncluded(id, "chunhua", "chunhua-xinhua", included, "SERVICE_COMPANY"));
            classes.add(new ClassSpell(LocalDate.of(2000, 1, 1), EstateClass.CLASS_1));
        }

        Builder exit(LocalDate on) {
            timeline = timeline.with(new EstateExited(id, "chunhua", "chunhua-xinhua", "DEMOLITION", on));
            return this;
        }

        Builder size(LocalDate from, int households, String area) {
            timeline = timeline.with(new EstateDetailsChanged(id, "春华里", "chunhua", "chunhua-xinhua", "春华街1号", 12,
                    households, new BigDecimal(area), from));
            return this;
        }

        Builder mode(LocalDate from, ManagementMode mode) {
            timeline = timeline.with(new ManagementModeChanged(id, "chunhua", "chunhua-xinhua", mode.name(), from));
            return this;
        }

        Builder servedBy(String company, LocalDate first, LocalDate last) {
            terms.add(new Term(CompanyId.of(company), first, last));
            return this;
        }

        Builder graded(String company, LocalDate start, LocalDate end, Grade grade, int revision) {
            CompanyId assessed = company == null ? null : CompanyId.of(company);
            grades.removeIf(g -> g.start().equals(start) && g.end().equals(end) && java.util.Objects.equals(g.companyId(), assessed));
            grades.add(new GradeSpell("asm-" + id + "-" + start + "-" + company, assessed, start, end, grade, revision));
            return this;
        }

        Builder estateClass(LocalDate from, EstateClass estateClass) {
            classes.add(new ClassSpell(from, estateClass));
            return this;
        }

        Builder noClass() {
            classes.clear();
            return this;
        }

        EstateFacts facts() {
            return new EstateFacts(timeline, classes, terms, grades);
        }
    }

    static Map<Grade, BigDecimal> factors(String excellent, String good, String pass, String fail) {
        return Map.of(Grade.EXCELLENT, new BigDecimal(excellent), Grade.GOOD, new BigDecimal(good), Grade.PASS,
                new BigDecimal(pass), Grade.FAIL, new BigDecimal(fail));
    }
}
