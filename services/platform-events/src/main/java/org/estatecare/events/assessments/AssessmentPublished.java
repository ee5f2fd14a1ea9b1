package org.estatecare.events.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The street office published an estate's assessment for a period under its assessment method (考核办法,
 * R-ASM-1), scheme {@code schemeId} version {@code schemeVersion}: the score (0–100, two decimals), its
 * grade ({@code EXCELLENT}, {@code GOOD}, {@code PASS}, {@code FAIL}) and the share of the reward the
 * scheme gives that grade (0–1), by which the street office allocates the district subsidy (R-SUB-2).
 * <p>
 * {@code periodKind} is {@code MONTH} ({@code period} as {@code 2026-03}) or {@code QUARTER}
 * ({@code 2026-Q1}); {@code periodStart}–{@code periodEnd} (inclusive) are the days assessed: a company's
 * own days when two companies served the estate in the period, each assessed for its days.
 * {@code companyId} is null when no company served the estate (owner-managed, residents' self-governance,
 * street-managed). Published first with {@code revision} 0 ({@code assessments.assessment.published});
 * when a re-inspection (复验, R-ASM-3) changes the result it is published again with the next revision and
 * {@code revisionReason} ({@code assessments.assessment.revised}), replacing the earlier revision.
 */
public record AssessmentPublished(String assessmentId, String estateId, String street, String community,
                                  String companyId, String periodKind, String period, LocalDate periodStart,
                                  LocalDate periodEnd, String schemeId, int schemeVersion, BigDecimal score,
                                  String grade, BigDecimal rewardShare, int revision, String revisionReason,
                                  Instant publishedAt) {
}
