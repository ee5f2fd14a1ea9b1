package org.estatecare.assessments.inspection;

import java.util.ArrayList;
import java.util.List;

import org.estatecare.assessments.scoring.InspectionLevel;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.security.Access;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.security.Role;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Who records and sees inspections. Each level has its one recorder: the residents' committee (a community
 * officer) checks its community's estates daily (R-ASM-2), the street office assesses its street's monthly,
 * the district and the city spot-check anywhere (R-ASM-3). A correction is made by the same role and scope.
 * The district, auditors and municipal inspectors see every inspection; a street office its street's; a
 * committee its community's; a company those of the estates it served on the day inspected; residents and
 * departments none.
 */
@Component
@Implements({"R-ASM-2", "R-ASM-3"})
public class InspectionAccess implements Access {

    @Override
    public Criteria scope(Caller caller) {
        return territoryOf(caller);
    }

    /**
     * What the caller oversees of the estates, as every record about an estate (inspections, rectification orders,
     * re-inspections) stores it: everything for the district-wide roles; a street office's street, a committee's
     * community, a company's own ({@code companyId}: the company it concerns); nothing for anyone else.
     */
    public static Criteria territoryOf(Caller caller) {
        if (caller.hasAny(Role.DISTRICT_ADMIN, Role.AUDITOR, Role.MUNICIPAL_INSPECTOR)) {
            return Access.everything();
        }
        List<Criteria> seen = new ArrayList<>();
        if (caller.has(Role.STREET_OFFICER)) {
            caller.street().ifPresent(street -> seen.add(Criteria.where("street").is(street)));
        }
        if (caller.has(Role.COMMUNITY_OFFICER)) {
            caller.community().ifPresent(community -> seen.add(Criteria.where("community").is(community)));
        }
        if (caller.has(Role.SERVICE_COMPANY)) {
            caller.companyId().ifPresent(company -> seen.add(Criteria.where("companyId").is(company)));
        }
        return Access.anyOf(seen);
    }

    /** Whether the caller's role records inspections of this level at all (wherever the estate lies). */
    public boolean mayRecordAtAll(Caller caller, InspectionLevel level) {
        return caller.has(recorderOf(level));
    }

    /** Whether the caller records an inspection of this level of an estate in this street and community. */
    public boolean mayRecord(Caller caller, InspectionLevel level, String street, String community) {
        if (!mayRecordAtAll(caller, level)) {
            return false;
        }
        return switch (level) {
            case COMMITTEE_DAILY -> caller.community().map(own -> own.equals(community)).orElse(false);
            case STREET_MONTHLY -> caller.street().map(own -> own.equals(street)).orElse(false);
            case DISTRICT_SPOT, MUNICIPAL_SPOT -> true;
        };
    }

    /** A correction is the recorder's: the level's role, in the scope of the estate as recorded. */
    public boolean mayCorrect(Caller caller, Inspection inspection) {
        return mayRecord(caller, inspection.level(), inspection.street(), inspection.community());
    }

    static Role recorderOf(InspectionLevel level) {
        return switch (level) {
            case COMMITTEE_DAILY -> Role.COMMUNITY_OFFICER;
            case STREET_MONTHLY -> Role.STREET_OFFICER;
            case DISTRICT_SPOT -> Role.DISTRICT_ADMIN;
            case MUNICIPAL_SPOT -> Role.MUNICIPAL_INSPECTOR;
        };
    }
}
