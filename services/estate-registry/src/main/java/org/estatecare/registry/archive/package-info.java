/**
 * Each estate's work archive (工作档案, R-STAFF-1): the registry's own decisions with their documents, and what the
 * other services decided about the estate — agreements, fee publications, subsidy-use reports, assessments,
 * rectifications, inspections, joint-meeting minutes, subsidy lines — filed from their events as they arrive, so the
 * whole archive is one export that needs no other service to be up.
 */
package org.estatecare.registry.archive;
