package org.estatecare.complaints.calendar.web;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.estatecare.complaints.calendar.CalendarService;
import org.estatecare.complaints.calendar.OfficialCalendar;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.time.CalendarYear;
import org.estatecare.kit.web.ETags;
import org.estatecare.kit.web.PageView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "calendar", description = "China's working-day calendar of complaint deadlines: the yearly official holiday arrangement")
@RestController
@RequestMapping("/api/calendar/years")
class CalendarController {

    /** No control characters (NUL, line breaks) in names and titles. */
    private static final String PRINTABLE = "[^\\p{Cntrl}]*";

    private final CalendarService calendars;

    CalendarController(CalendarService calendars) {
        this.calendars = calendars;
    }

    @Operation(summary = "The arrangement in force for a year",
            description = "The official one loaded (or shipped) for the year; without it the statutory holidays computed from the national rules, marked provisional.")
    @GetMapping("/{year}")
    ResponseEntity<YearView> get(@PathVariable @Min(CalendarYear.FIRST_YEAR) @Max(CalendarYear.LAST_YEAR) int year) {
        var loaded = calendars.find(year);
        YearView view = YearView.of(calendars.inForce(year), calendars.isOfficial(year), loaded.map(c -> c.current()).orElse(null));
        return loaded.map(c -> ResponseEntity.ok().eTag(ETags.of(c.revision()))).orElse(ResponseEntity.ok()).body(view);
    }

    @Operation(summary = "Load the State Council's arrangement for a year (district admin)",
            description = "Days off (holiday periods with their bridged days) and make-up working days. Must contain every statutory day off of the year. "
                    + "A year already loaded needs If-Match with its ETag and gets the next version; the open deadlines through the year are recomputed.")
    @PutMapping("/{year}")
    ResponseEntity<YearView> load(@PathVariable int year, @Valid @RequestBody ArrangementRequest body,
                                  @RequestHeader(value = "If-Match", required = false) String ifMatch, Caller caller) {
        OfficialCalendar loaded = calendars.load(body.toCalendarYear(year), ETags.ifMatch(ifMatch), caller);
        YearView view = YearView.of(loaded.current().arrangement(), true, loaded.current());
        var response = loaded.current().number() == 1
                ? ResponseEntity.created(URI.create("/api/calendar/years/" + year)) : ResponseEntity.ok();
        return response.eTag(ETags.of(loaded.revision())).body(view);
    }

    @Operation(summary = "Every version loaded for a year, oldest first (audit)", description = "Pages with page/size, no sort.")
    @GetMapping("/{year}/versions")
    PageView<VersionView> versions(@PathVariable @Min(CalendarYear.FIRST_YEAR) @Max(CalendarYear.LAST_YEAR) int year,
                                   @ParameterObject Pageable page) {
        return PageView.of(calendars.history(year).stream().map(VersionView::of).toList(), page);
    }

    @GetMapping("/{year}/versions/{number}")
    VersionView version(@PathVariable @Min(CalendarYear.FIRST_YEAR) @Max(CalendarYear.LAST_YEAR) int year,
                        @PathVariable @Min(1) @Max(10_000) long number) {
        return VersionView.of(calendars.version(year, number));
    }

    record HolidayRequest(@NotBlank @Size(max = 30) @Pattern(regexp = PRINTABLE) String name, @NotNull LocalDate from,
                          @NotNull LocalDate to) {
    }

    /** The notice as the district admin types it in. */
    record ArrangementRequest(@NotBlank @Size(max = 200) @Pattern(regexp = PRINTABLE) String source,
                              @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull HolidayRequest> holidays,
                              @NotNull @Size(max = 20) List<@NotNull LocalDate> makeUpWorkingDays) {

        CalendarYear toCalendarYear(int year) {
            return new CalendarYear(year, source.strip(), holidays.stream()
                    .map(h -> new CalendarYear.Holiday(h.name().strip(), h.from(), h.to())).toList(), makeUpWorkingDays);
        }
    }

    /**
     * A year's calendar: {@code official} when the State Council's arrangement is loaded (or shipped),
     * else {@code provisional}, computed from the statutory holidays alone. {@code version}, {@code loadedBy}
     * and {@code loadedAt} for a loaded one.
     */
    record YearView(int year, boolean official, boolean provisional, Long version, String source,
                    List<CalendarYear.Holiday> holidays, List<LocalDate> makeUpWorkingDays, String loadedBy, Instant loadedAt) {

        static YearView of(CalendarYear arrangement, boolean official, OfficialCalendar.Version loaded) {
            return new YearView(arrangement.year(), official, !official, loaded == null ? null : loaded.number(),
                    arrangement.source(), arrangement.holidays(), arrangement.makeUpWorkingDays(),
                    loaded == null ? null : loaded.loadedBy(), loaded == null ? null : loaded.loadedAt());
        }
    }

    record VersionView(long version, String source, List<CalendarYear.Holiday> holidays, List<LocalDate> makeUpWorkingDays,
                       String loadedBy, Instant loadedAt) {

        static VersionView of(OfficialCalendar.Version v) {
            return new VersionView(v.number(), v.arrangement().source(), v.arrangement().holidays(),
                    v.arrangement().makeUpWorkingDays(), v.loadedBy(), v.loadedAt());
        }
    }
}
