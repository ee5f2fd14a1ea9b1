package org.estatecare.registry.estate.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.registry.estate.CommitteeMember;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.GeoLocation;
import org.estatecare.registry.estate.ModeSpell;
import org.estatecare.registry.estate.Renovation;
import org.springframework.http.ResponseEntity;

/** An estate as the API shows it; enum codes come with their Chinese labels. */
public record EstateView(String id, long revision, String name, String street, String community, String address,
                         GeoLocation location, int buildings, int households, BigDecimal floorArea,
                         List<String> propertyOwnerUnits, Renovation renovation, Coded status, Coded managementMode,
                         List<ModeSpell> modeHistory, Instant registeredAt, LocalDate takeoverAcceptedOn,
                         LocalDate filedOn, LocalDate includedOn, String notIncludedReason, Exit exit,
                         Committee committee, Maintenance maintenance) {

    public record Exit(Coded reason, LocalDate effectiveDate) {
    }

    public record Committee(Coded signingParty, List<CommitteeMember> members) {
    }

    public record Maintenance(String fireEquipmentUnit, String liftUnit, LocalDate sharedFacilityWarrantyEndsOn) {
    }

    /** 200 with the estate and its revision as ETag: the answer to every command on an estate. */
    public static ResponseEntity<EstateView> ok(Estate estate) {
        return ResponseEntity.ok().eTag(ETags.of(estate.revision())).body(of(estate));
    }

    public static EstateView of(Estate e) {
        var d = e.details();
        return new EstateView(e.id(), e.revision(), d.name(), d.street(), d.community(), d.address(), d.location(),
                d.buildings(), d.households(), d.floorArea().squareMetres(), d.propertyOwnerUnits(), d.renovation(),
                new Coded(e.status().name(), e.status().label()),
                e.managementMode().map(m -> new Coded(m.name(), m.label())).orElse(null),
                e.modeHistory(), e.registeredAt(), e.takeoverAcceptedOn().orElse(null), e.filedOn().orElse(null),
                e.includedOn().orElse(null), e.notIncludedReason().orElse(null),
                e.exitRecord().map(x -> new Exit(new Coded(x.reason().name(), x.reason().label()), x.effectiveDate())).orElse(null),
                new Committee(new Coded(e.committee().signingParty().name(), e.committee().signingParty().label()),
                        e.committee().members()),
                new Maintenance(e.maintenance().fireEquipmentUnit(), e.maintenance().liftUnit(),
                        e.maintenance().sharedFacilityWarrantyEndsOn()));
    }
}
