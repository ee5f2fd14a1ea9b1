package org.estatecare.registry.territory.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.kit.web.PageView;
import org.estatecare.kit.web.SortAllowList;
import org.estatecare.registry.estate.web.SingleLine;
import org.estatecare.registry.territory.Community;
import org.estatecare.registry.territory.Street;
import org.estatecare.registry.territory.Streets;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "streets", description = "The district's street offices and communities")
@RestController
@RequestMapping("/api/streets")
class StreetController {

    /** What the list sorts by: the code (stored as the id) or the name; by code unless asked otherwise. */
    static final SortAllowList SORTABLE = SortAllowList.of(Map.of("code", "_id", "name", "name"))
            .byDefault(Sort.Direction.ASC, "code");

    private final Streets streets;

    StreetController(Streets streets) {
        this.streets = streets;
    }

    @Operation(summary = "List the street offices with their communities",
            description = "Pages with page/size; sorts with sort=code|name[,asc|desc] (default code,asc).")
    @GetMapping
    PageView<StreetView> list(@ParameterObject Pageable page) {
        return PageView.of(streets.page(SORTABLE.apply(page)), StreetView::of);
    }

    @Operation(summary = "Add a street office (district administration)",
            description = "A community code is unique in the whole district: one already used (or repeated here) is "
                    + "refused with 422 (R-PRIN-1, community-code-taken); a street code already used with 409. "
                    + "Nothing is stored on a refusal.")
    @PreAuthorize("hasRole('district-admin')")
    @PostMapping
    ResponseEntity<StreetView> add(@Valid @RequestBody NewStreet request) {
        Street street = streets.add(new Street(request.code(), request.name(),
                request.communities().stream().map(c -> new Community(c.code(), c.name())).toList()));
        return ResponseEntity.created(URI.create("/api/streets/" + street.code())).body(StreetView.of(street));
    }

    /** A street office as the API shows it, apart from how it is stored. */
    record StreetView(String code, String name, List<CommunityView> communities) {

        static StreetView of(Street street) {
            return new StreetView(street.code(), street.name(),
                    street.communities().stream().map(c -> new CommunityView(c.code(), c.name())).toList());
        }
    }

    record CommunityView(String code, String name) {
    }

    record NewStreet(@NotBlank @Pattern(regexp = Street.CODE) String code, @NotBlank @Size(max = 100) @SingleLine String name,
                     @Valid @Size(max = 100) List<@NotNull NewCommunity> communities) {
        NewStreet {
            communities = communities == null ? List.of() : communities;
        }
    }

    record NewCommunity(@NotBlank @Pattern(regexp = Community.CODE) String code,
                        @NotBlank @Size(max = 100) @SingleLine String name) {
    }
}
