package org.estatecare.subsidies.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.inbox.ServingCompanies;
import org.estatecare.subsidies.allocation.ClassSpell;
import org.estatecare.subsidies.allocation.EstateFacts;
import org.estatecare.subsidies.allocation.GradeSpell;
import org.estatecare.subsidies.allocation.Term;
import org.springframework.stereotype.Component;

/** Every estate's facts as a run reads them, in a handful of reads of the whole projections. */
@Component
public class EstateFactsSource {

    private final EstateTimelines timelines;
    private final ServingCompanies serving;
    private final EstateClasses classes;
    private final Grades grades;

    EstateFactsSource(EstateTimelines timelines, ServingCompanies serving, EstateClasses classes, Grades grades) {
        this.timelines = timelines;
        this.serving = serving;
        this.classes = classes;
        this.grades = grades;
    }

    public List<EstateFacts> all() {
        Map<String, List<Term>> terms = new HashMap<>();
        serving.terms().forEach(t -> terms.computeIfAbsent(t.estate().value(), e -> new ArrayList<>())
                .add(new Term(t.company(), t.first(), t.last())));
        Map<String, List<ClassSpell>> classSpells = classes.all();
        Map<String, List<GradeSpell>> graded = grades.all();
        List<EstateFacts> facts = new ArrayList<>();
        for (EstateTimeline timeline : timelines.all()) {
            String id = timeline.estateId();
            facts.add(new EstateFacts(timeline, classSpells.getOrDefault(id, List.of()), terms.getOrDefault(id, List.of()),
                    graded.getOrDefault(id, List.of())));
        }
        return facts;
    }
}
