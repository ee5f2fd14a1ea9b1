package org.estatecare.complaints.complaint;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.estatecare.complaints.routing.RoutingTable;
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
 * @param routing            the district's routing table: who handles what, in which order, with which deadlines
 */
@Validated
@ConfigurationProperties("estatecare.complaints")
public record ComplaintProperties(@NotNull @DefaultValue("3d") Duration duplicateWindow,
                                  @NotNull @DefaultValue("7d") Duration reopenWindow,
                                  @NotNull @DefaultValue("60s") Duration escalationInterval,
                                  @NotBlank @DefaultValue("0 5 0 * * *") String withdrawalCron,
                                  @Valid @NotNull RoutingTable routing) {
}
