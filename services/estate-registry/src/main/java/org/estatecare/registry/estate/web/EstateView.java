package org.estatecare.registry.estate.web;

import org.estatecare.events.ids.EstateId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.web.Coded;
import org.estatecare.kit.web.ETags;
import org.estatecare.registry.estate.CommitteeMember;
import org.estatecare.registry.estate.Estate;
import org.estatecare.registry.estate.GeoLocation;
import org.estatecare.registry.estate.ItemCheck;
import org.estatecare.registry.estate.TakeoverAttempt;
import org.estatecare.registry.estate.ModeSpell;
import org.estatecare.registry.estate.Renovation;
import org.estatecare.registry.estate.ScheduledChange;
import org.springframework.http.ResponseEntity;

/**
 * An estate as the API shows it, as of today: {@code status} and {@code managementMode} are those in
 * force today; decisions dated later are listed in {@code scheduled}. Enum codes come with their Chinese
 * labels.
 */
public record EstateView(EstateId id, long revision, String name, String street, String community, String address,
                         GeoLocation location, int buildings, int households, BigDecimal floorArea,
                         List<String> propertyOwnerUnits, Renovation renovation, Coded status, Coded managementMode,
                         List<ModeSpell> modeHistory, Instant registeredAt, LocalDate takeoverAcceptedOn,
                         Takeover takeover,
                         LocalDate filedOn, LocalDate includedOn, String notIncludedReason, Exit exit,
                         Committee committee, Maintenance maintenance, List<Provider> serviceProviders,
                         List<Coded> unprovidedServices, List<Scheduled> scheduled) {

    /** Who provides a basic service while no company serves the estate (R-SCOPE-1). */
    public record Provider(Coded service, Coded kind, String name) {
    }

    /** The exit as decided; while {@code effectiveDate} lies ahead the estate is still {@code INCLUDED}. */
    public record Exit(Coded reason, LocalDate effectiveDate) {
    }

    /**
     * A decision that takes effect after today: {@code kind} {@code EXIT} with the exit reason as
     * {@code change}, or {@code MANAGEMENT_MODE} with the new mode.
     */
    public record Scheduled(Coded kind, LocalDate effectiveOn, Coded change) {

        static Scheduled of(ScheduledChange change) {
            Coded kind = Coded.of(change.kind());
            Coded what = change.kind() == ScheduledChange.Kind.EXIT
                    ? Coded.of(change.reason())
                    : Coded.of(change.mode());
            return new Scheduled(kind, change.effectiveOn(), what);
        }
    }

    /**
     * The takeover acceptance attempts against the standard (R-TAKE-1, R-TAKE-2), first to last;
     * {@code awaitingReAcceptance} while the last one failed.
     */
    public record Takeover(boolean awaitingReAcceptance, List<Attempt> attempts) {

        static Takeover of(Estate e) {
            return new Takeover(e.awaitsReAcceptance(), e.takeoverAttempts().stream().map(Attempt::of).toList());
        }
    }

    /** One attempt: its items, the failed ones to put right, and who recorded it, for whom. */
    public record Attempt(int number, LocalDate acceptedOn, Coded result, List<Item> items, List<Item> itemsToPutRight,
                          String recordedBy, String recordedByRole, String recordedOnBehalfOf, Instant recordedAt,
                          List<String> documents, String note) {

        static Attempt of(TakeoverAttempt a) {
            return new Attempt(a.number(), a.acceptedOn(), Coded.of(a.result()), a.items().stream().map(Item::of).toList(),
                    a.itemsToPutRight().stream().map(Item::of).toList(), a.recordedBy().actor(), a.recordedBy().role(),
                    a.recordedBy().onBehalfOf(), a.recordedAt(), a.documents(), a.note());
        }
    }

    public record Item(Coded item, Coded result, String note) {

        static Item of(ItemCheck check) {
            return new Item(Coded.of(check.item()), Coded.of(check.result()), check.note());
        }
    }

    /** The signing party and the management committee's members; no members while the residents' committee acts. */
    public record Committee(Coded signingParty, List<Member> members) {
    }

    /**
     * A member and the capacity they sit in; {@code capacityAsRecorded} keeps a free text stored before capacities
     * were codes that named none of them (the member then has no capacity until the committee is appointed again).
     */
    public record Member(String name, Coded capacity, String capacityAsRecorded) {

        static Member of(CommitteeMember member) {
            return new Member(member.name(), Coded.of(member.capacity()), member.capacityAsRecorded());
        }
    }

    public record Maintenance(String fireEquipmentUnit, String liftUnit, LocalDate sharedFacilityWarrantyEndsOn,
                              List<Warranty> warranties) {
    }

    public record Warranty(Coded facility, LocalDate endsOn, String unit) {
    }

    /** 200 with the estate and its revision as ETag: the answer to every command on an estate. */
    public static ResponseEntity<EstateView> ok(Estate estate) {
        return ResponseEntity.ok().eTag(ETags.of(estate.revision())).body(of(estate));
    }

    public static EstateView of(Estate e) {
        var d = e.details();
        return new EstateView(e.id(), e.revision(), d.name(), d.street(), d.community(), d.address(), d.location(),
                d.buildings(), d.households(), d.floorArea().squareMetres(), d.propertyOwnerUnits(), d.renovation(),
                Coded.of(e.status()),
                e.managementMode().map(Coded::of).orElse(null),
                e.modeHistory(), e.registeredAt(), e.takeoverAcceptedOn().orElse(null),
                Takeover.of(e), e.filedOn().orElse(null),
                e.includedOn().orElse(null), e.notIncludedReason().orElse(null),
                e.exitRecord().map(x -> new Exit(Coded.of(x.reason()), x.effectiveDate())).orElse(null),
                new Committee(Coded.of(e.committee().signingParty()),
                        e.committee().members().stream().map(Member::of).toList()),
                new Maintenance(e.maintenance().fireEquipmentUnit(), e.maintenance().liftUnit(),
                        e.maintenance().sharedFacilityWarrantyEndsOn(), e.maintenance().warranties().stream()
                        .map(w -> new Warranty(Coded.of(w.facility()), w.endsOn(), w.unit())).toList()),
                e.serviceProviders().stream().map(p -> new Provider(Coded.of(p.service()), Coded.of(p.kind()), p.name())).toList(),
                e.asOf().map(e::unprovidedServicesOn).orElse(List.of()).stream().map(Coded::of).toList(),
                e.scheduledChanges().stream().map(Scheduled::of).toList());
    }
}
