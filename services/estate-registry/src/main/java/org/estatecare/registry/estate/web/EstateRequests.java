package org.estatecare.registry.estate.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.registry.estate.AcceptanceResult;
import org.estatecare.registry.estate.EstateDetails;
import org.estatecare.registry.estate.FloorArea;
import org.estatecare.registry.estate.GeoLocation;
import org.estatecare.registry.estate.Renovation;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;

/**
 * Request bodies of the estate endpoints: checked field by field before anything is decided. Every text
 * has a length limit; names, addresses and references are single lines; street and community codes have
 * the shape the territory gives them. Dates are checked by the estate, which knows the policy.
 */
final class EstateRequests {

    private EstateRequests() {
    }

    /** The facts of an estate, as registered or replaced. */
    record EstateBody(
            @NotBlank @Size(max = 100) @SingleLine String name,
            @NotBlank @Pattern(regexp = Street.CODE) String street,
            @NotBlank @Pattern(regexp = Community.CODE) String community,
            @NotBlank @Size(max = 200) @SingleLine String address,
            @Valid Location location,
            @NotNull @Min(1) @Max(EstateDetails.MAX_BUILDINGS) Integer buildings,
            @NotNull @Min(1) @Max(EstateDetails.MAX_HOUSEHOLDS) Integer households,
            @NotNull @DecimalMin(value = "0.01") @DecimalMax(FloorArea.MAX) @Digits(integer = 7, fraction = 2) BigDecimal floorArea,
            @Size(max = 20) List<@NotBlank @Size(max = 100) @SingleLine String> propertyOwnerUnits,
            @Valid RenovationBody renovation,
            @Size(max = 20) List<@NotBlank @Size(max = 200) @SingleLine String> documents,
            @Size(max = 2000) String note,
            LocalDate effectiveFrom) {

        EstateDetails toDetails() {
            return new EstateDetails(name.strip(), street, community, address.strip(),
                    location == null ? null : new GeoLocation(location.latitude(), location.longitude()),
                    buildings, households, new FloorArea(floorArea), propertyOwnerUnits,
                    renovation == null ? null : renovation.toRenovation());
        }
    }

    record Location(@NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
                    @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude) {
    }

    /** R-ELIG-1's facts: municipal approval (document number, date), acceptance result and date, subsidy. */
    record RenovationBody(@Size(max = 100) @SingleLine String approvalDocument, LocalDate approvedOn, AcceptanceResult acceptance,
                          LocalDate acceptedOn, Boolean municipalSubsidy) {

        Renovation toRenovation() {
            return new Renovation(approvalDocument, approvedOn, acceptance, acceptedOn, Boolean.TRUE.equals(municipalSubsidy));
        }
    }
}
