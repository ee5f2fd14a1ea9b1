package org.estatecare.assessments.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.estatecare.assessments.scoring.AssessmentPeriod;
import org.estatecare.assessments.scoring.Breakdown;
import org.estatecare.events.assessments.AssessmentEvents;
import org.estatecare.events.assessments.AssessmentPublished;
import org.estatecare.events.codes.Grade;
import org.estatecare.events.ids.CompanyId;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.Aggregate;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.StateConflictException;

/**
 * An estate's score and grade for a period, or for the days of it one company served (a period split
 * between two companies is assessed per company). It carries its breakdown, with the evidence each line
 * came from and the scheme version used, so anyone can recompute it to the decimal. A draft may be
 * computed again as evidence arrives; the street office confirms it, then publishes it, and from then
 * on only a re-inspection revises it (R-ASM-3), each revision kept and announced.
 */
@Implements("R-ASM-1")
public class Assessment extends Aggregate<AssessmentId> {

    private EstateId estateId;
    private String street;
    private String community;
    private CompanyId companyId;
    private String period;
    private LocalDate spellFrom;
    private LocalDate spellTo;
    private SchemeUsed scheme;
    private Breakdown breakdown;
    private AssessmentStatus status;
    private List<Revision> revisions = new ArrayList<>();
    private List<HistoryEntry<AssessmentStatus>> history = new ArrayList<>();
    /**
     * Set when a publication or revision leaves the grade failing, cleared once its rectification order is open:
     * written with the assessment itself, so no failing grade goes without its order even if the service stops.
     */
    private boolean rectificationPending;

    protected Assessment() {
    }

    private Assessment(AssessmentId id) {
        super(id);
    }

    /** The first computation of a spell: a draft. */
    public static Assessment draft(AssessedSpell spell, SchemeUsed scheme, Breakdown breakdown, String actor, Instant at) {
        Assessment assessment = new Assessment(spell.id());
        assessment.estateId = spell.estate();
        assessment.street = spell.street();
        assessment.community = spell.community();
        assessment.companyId = spell.companyId().map(CompanyId::new).orElse(null);
        assessment.period = spell.period().toString();
        assessment.spellFrom = spell.from();
        assessment.spellTo = spell.to();
        assessment.scheme = scheme;
        assessment.breakdown = breakdown;
        assessment.status = AssessmentStatus.DRAFT;
        assessment.history.add(HistoryEntry.of("computed", at, actor, AssessmentStatus.DRAFT, summary(breakdown)));
        assessment.changed();
        return assessment;
    }

    @Override
    public AssessmentId id() {
        return AssessmentId.of(storedId());
    }

    /** A draft computed again, by the scheme and evidence of now; a confirmed or published one stays as it is. */
    public void recompute(SchemeUsed scheme, Breakdown breakdown, String actor, Instant at) {
        requireStatus("recompute", AssessmentStatus.DRAFT);
        this.scheme = scheme;
        this.breakdown = breakdown;
        history.add(HistoryEntry.of("recomputed", at, actor, AssessmentStatus.DRAFT, summary(breakdown)));
        changed();
    }

    /** The street office stands by the draft; it can no longer be computed again. */
    public void confirm(String actor, Instant at) {
        requireStatus("confirm", AssessmentStatus.DRAFT);
        move(AssessmentStatus.CONFIRMED, "confirmed", actor, at, null);
    }

    /** Published to all; the grade and its reward share go to the subsidies (R-SUB-2). */
    public void publish(String actor, Instant at) {
        requireStatus("publish", AssessmentStatus.CONFIRMED);
        revisions.add(new Revision(0, breakdown.score(), breakdown.grade(), null, actor, at));
        move(AssessmentStatus.PUBLISHED, "published", actor, at, summary(breakdown));
        rectificationPending = breakdown.grade() == Grade.FAIL;
        record(AssessmentEvents.PUBLISHED, announcement(null, at), at);
    }

    /**
     * A re-inspection's result revises the published grade (R-ASM-3): the new breakdown is kept as the
     * next revision and announced; earlier revisions stay readable. A reason revises once: a revision
     * that already carries it (the same re-inspection completed twice) leaves the assessment as it is.
     */
    public void revise(Breakdown revised, String reason, String actor, Instant at) {
        requireStatus("revise", AssessmentStatus.PUBLISHED);
        if (revisions.stream().anyMatch(revision -> reason.equals(revision.reason()))) {
            return;
        }
        this.breakdown = revised;
        revisions.add(new Revision(revisions.size(), revised.score(), revised.grade(), reason, actor, at));
        history.add(HistoryEntry.of("revised", at, actor, AssessmentStatus.PUBLISHED, reason + "; " + summary(revised)));
        rectificationPending = revised.grade() == Grade.FAIL;
        record(AssessmentEvents.REVISED, announcement(reason, at), at);
    }

    private AssessmentPublished announcement(String reason, Instant at) {
        AssessmentPeriod assessed = period();
        return new AssessmentPublished(id().value(), estateId.value(), street, community,
                companyId == null ? null : companyId.value(), assessed.kind().name(),
                period, spellFrom, spellTo, scheme.scheme(), scheme.version(), breakdown.score(), breakdown.grade().name(),
                scheme.rewardShare(breakdown.grade()), revisions.size() - 1, reason, at);
    }

    private void requireStatus(String command, AssessmentStatus expected) {
        if (status != expected) {
            throw new StateConflictException(command, status.name());
        }
    }

    private void move(AssessmentStatus to, String action, String actor, Instant at, String note) {
        history.add(new HistoryEntry<>(action, at, null, actor, status, to, List.of(), note));
        status = to;
        changed();
    }

    private static String summary(Breakdown breakdown) {
        return breakdown.score().toPlainString() + " " + breakdown.grade().label();
    }

    @Override
    protected String partitionKey() {
        return estateId.value();
    }

    public EstateId estateId() {
        return estateId;
    }

    public String street() {
        return street;
    }

    public String community() {
        return community;
    }

    public Optional<CompanyId> companyId() {
        return Optional.ofNullable(companyId);
    }

    public AssessmentPeriod period() {
        return AssessmentPeriod.parse(period);
    }

    public LocalDate spellFrom() {
        return spellFrom;
    }

    public LocalDate spellTo() {
        return spellTo;
    }

    public SchemeUsed scheme() {
        return scheme;
    }

    public Breakdown breakdown() {
        return breakdown;
    }

    public AssessmentStatus status() {
        return status;
    }

    public BigDecimal score() {
        return breakdown.score();
    }

    public Grade grade() {
        return breakdown.grade();
    }

    /** Whether a failing grade of this revision may still be waiting for its rectification order. */
    public boolean rectificationPending() {
        return rectificationPending;
    }

    /** Every published state, the first publication being revision 0. */
    public List<Revision> revisions() {
        return List.copyOf(revisions);
    }

    public List<HistoryEntry<AssessmentStatus>> history() {
        return List.copyOf(history);
    }
}
