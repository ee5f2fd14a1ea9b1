package org.estatecare.subsidies.policy.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.events.codes.Grade;
import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.subsidies.policy.GradeFactors;
import org.estatecare.subsidies.policy.SubsidyPolicy;
import org.springframework.http.ResponseEntity;

/** The district's subsidy policy: every decision with its version, newest last. */
record PolicyView(long revision, List<Rate> rates, List<Factors> gradeFactors, List<Named> recipients,
                  List<Budget> budgets) {

    record Rate(long version, Coded share, Coded estateClass, Coded unit, BigDecimal amount, LocalDate effectiveFrom,
                String decidedBy, Instant decidedAt) {
    }

    record Factors(long version, Map<String, BigDecimal> factors, LocalDate effectiveFrom, String decidedBy,
                   Instant decidedAt) {
    }

    record Named(long version, Coded mode, String code, String name, LocalDate effectiveFrom, String decidedBy,
                 Instant decidedAt) {
    }

    record Budget(long version, String street, int year, BigDecimal amount, String decidedBy, Instant decidedAt) {
    }

    static PolicyView of(SubsidyPolicy policy) {
        List<GradeFactors> tables = new java.util.ArrayList<>(List.of(GradeFactors.districtDefault()));
        tables.addAll(policy.gradeFactors());
        return new PolicyView(policy.revision(),
                policy.rates().stream().map(r -> new Rate(r.version(), Coded.of(r.share()), Coded.of(r.estateClass()),
                        Coded.of(r.unit()), r.amount(), r.effectiveFrom(), r.decidedBy(), r.decidedAt())).toList(),
                tables.stream().map(f -> {
                    Map<String, BigDecimal> byGrade = new LinkedHashMap<>();
                    Arrays.stream(Grade.values()).forEach(g -> byGrade.put(g.name(), f.of(g)));
                    return new Factors(f.version(), byGrade, f.effectiveFrom(), f.decidedBy(), f.decidedAt());
                }).toList(),
                policy.recipients().stream().map(n -> new Named(n.version(), Coded.of(n.mode()), n.code(), n.name(),
                        n.effectiveFrom(), n.decidedBy(), n.decidedAt())).toList(),
                policy.budgets().stream().map(b -> new Budget(b.version(), b.street(), b.year(), b.amount(), b.decidedBy(),
                        b.decidedAt())).toList());
    }

    static ResponseEntity<PolicyView> ok(SubsidyPolicy policy) {
        return ResponseEntity.ok().eTag(ETags.of(policy.revision())).body(of(policy));
    }
}
