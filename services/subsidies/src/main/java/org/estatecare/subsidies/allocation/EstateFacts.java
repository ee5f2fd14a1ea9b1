package org.estatecare.subsidies.allocation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.estatecare.events.codes.EstateClass;
import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;

/**
 * All this service knows of one estate, as announced on the topics: the registry's timeline (in the scheme, mode,
 * households and floor area by day), its class by day, the companies' agreements and the published grades.
 */
public record EstateFacts(EstateTimeline timeline, List<ClassSpell> classes, List<Term> terms, List<GradeSpell> grades) {

    public EstateFacts {
        classes = classes.stream().sorted(Comparator.comparing(ClassSpell::from)).toList();
        terms = List.copyOf(terms);
        // the shortest period first (a month's grade before its quarter's), then the newest revision
        grades = grades.stream().sorted(Comparator.comparingLong(GradeSpell::length)
                .thenComparing(Comparator.comparingInt(GradeSpell::revision).reversed())).toList();
    }

    public EstateId estateId() {
        return EstateId.of(timeline.estateId());
    }

    Optional<EstateClass> classOn(LocalDate day) {
        EstateClass current = null;
        for (ClassSpell spell : classes) {
            if (spell.from().isAfter(day)) {
                break;
            }
            current = spell.estateClass();
        }
        return Optional.ofNullable(current);
    }

    Optional<CompanyId> companyOn(LocalDate day) {
        for (Term term : terms) {
            if (term.covers(day)) {
                return Optional.of(term.companyId());
            }
        }
        return Optional.empty();
    }

    /** The grade that scales {@code day} for {@code companyId} (null: the estate without a company). */
    Optional<GradeSpell> gradeOn(LocalDate day, CompanyId companyId) {
        for (GradeSpell spell : grades) {
            if (spell.covers(day) && java.util.Objects.equals(spell.companyId(), companyId)) {
                return Optional.of(spell);
            }
        }
        return Optional.empty();
    }
}
