package org.estatecare.complaints.open311;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.estatecare.events.estates.EstateTimeline;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.inbox.EstateTimelines;
import org.estatecare.kit.web.InvalidParameterException;
import org.springframework.stereotype.Component;

/**
 * Places a GeoReport request at an estate from what a generic client sends, in this order: the estate it chose
 * ({@code attribute[estate_id]}, from the list the service definition offers), the estate as {@code address_id},
 * the nearest estate of the scheme within {@link Open311Properties#placementRadius()} of {@code lat}/{@code long},
 * and the estate whose name or address the {@code address_string} names. Only a request none of these places is
 * refused, saying what would place it.
 */
@Component
public class EstatePlacement {

    /** Estate ids: letters, digits and {@code . _ : -}, no spaces or control characters. */
    private static final String ESTATE_ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    private static final int MOST_NAMED = 5;

    private final EstateTimelines estates;
    private final Open311Properties settings;

    EstatePlacement(EstateTimelines estates, Open311Properties settings) {
        this.estates = estates;
        this.settings = settings;
    }

    /** What a request says of where it is; any part may be missing. */
    public record Where(String chosenEstate, String addressId, Double latitude, Double longitude, String addressString) {
    }

    /** An estate a caller may choose: its id, and its name with its address. */
    public record Choice(String key, String name) {
    }

    /** The estate the request is placed at, as of {@code today}. */
    public EstateId place(Where where, LocalDate today) {
        if (present(where.chosenEstate())) {
            return id("attribute[estate_id]", where.chosenEstate());
        }
        if (present(where.addressId())) {
            return id("address_id", where.addressId());
        }
        if ((where.latitude() == null) != (where.longitude() == null)) {
            throw refused("long", "is given with lat, and lat with long");
        }
        Optional<EstateId> byPoint = where.latitude() == null ? Optional.empty()
                : nearest(where.latitude(), where.longitude(), today);
        if (byPoint.isPresent()) {
            return byPoint.get();
        }
        if (present(where.addressString())) {
            return byAddress(where.addressString(), today);
        }
        if (where.latitude() != null) {
            throw refused("lat", "places no estate: none of the scheme lies within " + settings.placementRadius() + " m of "
                    + where.latitude() + "," + where.longitude() + "; choose one as attribute[estate_id] from the service definition");
        }
        throw refused("lat", "is needed, with long, unless address_string, address_id or attribute[estate_id] places the "
                + "request (the service definition lists the estates)");
    }

    /** The estates of the scheme today, by name: the values of the {@code estate_id} attribute. */
    public List<Choice> choices(LocalDate today) {
        return estates.all().stream().filter(e -> e.inSchemeOn(today))
                .sorted(Comparator.comparing(EstateTimeline::name, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EstateTimeline::estateId))
                .map(e -> new Choice(e.estateId(), e.name() + (e.address() == null ? "" : "（" + e.address() + "）")))
                .toList();
    }

    private Optional<EstateId> nearest(double latitude, double longitude, LocalDate today) {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw refused("lat", "is between -90 and 90, and long between -180 and 180");
        }
        return estates.near(latitude, longitude, settings.placementRadius()).stream().filter(e -> e.inSchemeOn(today))
                .findFirst().map(e -> new EstateId(e.estateId()));
    }

    /**
     * The estate whose address or name the text gives whole, else the one whose name or address it contains, the
     * longest such match winning; two estates matching as well is ambiguous and refused, naming them.
     */
    private EstateId byAddress(String text, LocalDate today) {
        String wanted = normal(text);
        List<EstateTimeline> inScheme = estates.all().stream().filter(e -> e.inSchemeOn(today)).toList();
        List<EstateTimeline> exact = inScheme.stream()
                .filter(e -> wanted.equals(normal(e.address())) || wanted.equals(normal(e.name()))).toList();
        if (exact.size() == 1) {
            return new EstateId(exact.get(0).estateId());
        }
        List<EstateTimeline> candidates = exact;
        if (exact.isEmpty()) {
            int longest = inScheme.stream().mapToInt(e -> matchLength(wanted, e)).max().orElse(0);
            candidates = longest == 0 ? List.of() : inScheme.stream().filter(e -> matchLength(wanted, e) == longest).toList();
        }
        if (candidates.size() == 1) {
            return new EstateId(candidates.get(0).estateId());
        }
        if (candidates.isEmpty()) {
            throw refused("address_string", "names no estate of the scheme; give lat and long, or choose one as "
                    + "attribute[estate_id] from the service definition");
        }
        throw refused("address_string", "fits more than one estate (" + candidates.stream().limit(MOST_NAMED)
                .map(e -> e.name() + " " + e.estateId()).collect(Collectors.joining(", "))
                + "); choose one as attribute[estate_id]");
    }

    /** How much of the estate the text names: the longer of its address and its name when the text contains it. */
    private static int matchLength(String wanted, EstateTimeline estate) {
        String address = normal(estate.address());
        String name = normal(estate.name());
        int length = 0;
        if (address.length() >= 2 && wanted.contains(address)) {
            length = address.length();
        }
        if (name.length() >= 2 && wanted.contains(name)) {
            length = Math.max(length, name.length());
        }
        return length;
    }

    /** Compared without spaces, punctuation or width differences, letters in lower case. */
    private static String normal(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\p{Punct}\\p{IsPunctuation}]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private static EstateId id(String field, String value) {
        if (!value.matches(ESTATE_ID)) {
            throw refused(field, "is an estate id");
        }
        return new EstateId(value);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static InvalidParameterException refused(String field, String why) {
        return new InvalidParameterException(field, why);
    }
}
