package org.estatecare.complaints.complaint;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this district handles complaints.
 *
 * @param duplicateWindow    a repeat filed within this time of an open complaint is linked to it
 * @param reopenWindow       a resolved complaint can be reopened within this time
 * @param escalationInterval how often overdue complaints are looked for and escalated
 * @param withdrawalCron     when (Beijing time) the daily pass moves open complaints off companies that stopped serving
 * @param district           the district whose complaints these are (its code, e.g. {@code hedong})
 * @param initialDutyDivision where the district's first division of duties is shipped: the decision complaints route
 *                            by until the district records its own through the API (R-DUTY-1)
 */
@Validated
@ConfigurationProperties("estatecare.complaints")
public record ComplaintProperties(@NotNull @DefaultValue("3d") Duration duplicateWindow,
                                  @NotNull @DefaultValue("7d") Duration reopenWindow,
                                  @NotNull @DefaultValue("60s") Duration escalationInterval,
                                  @NotBlank @DefaultValue("0 5 0 * * *") String withdrawalCron,
                                  @NotBlank @DefaultValue("hedong") String district,
                                  @NotBlank @DefaultValue("classpath:duty-division/hedong-2026-2.json") String initialDutyDivision) {
}
