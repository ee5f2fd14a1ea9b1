package org.estatecare.registry.archive.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.estatecare.events.ids.EstateId;
import org.estatecare.kit.domain.HistoryEntry;
import org.estatecare.kit.security.Caller;
import org.estatecare.kit.web.Coded;
import org.estatecare.registry.archive.ArchiveRecord;
import org.estatecare.registry.archive.ArchiveSection;
import org.estatecare.registry.archive.ArchiveService;
import org.estatecare.registry.estate.EstateStatus;
import org.estatecare.registry.estate.web.EstateView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "archive", description = "Each estate's work archive (工作档案) as one export")
@RestController
class ArchiveController {

    private final ArchiveService archives;

    ArchiveController(ArchiveService archives) {
        this.archives = archives;
    }

    @Operation(summary = "Export the estate's work archive (R-STAFF-1)",
            description = "One JSON document: the estate as it stands; its decisions in the registry (takeover, filing, "
                    + "inclusion, committee, maintenance, exit) with actor, dates and documents; and, section by section, "
                    + "what the other services decided about it (agreements, fee publications, subsidy-use reports, "
                    + "inspections, assessments, rectifications, joint-meeting minutes, subsidy lines), filed from their "
                    + "events in the order they happened. `current` gives per section the time of the newest record. "
                    + "Street offices export their estates; the district, the city's inspectors and auditors any.")
    @GetMapping("/api/estates/{id}/archive")
    ResponseEntity<ArchiveView> export(@PathVariable EstateId id, Caller caller) {
        ArchiveService.EstateArchive archive = archives.export(id, caller);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("archive-" + id.value() + ".json").build().toString())
                .body(ArchiveView.of(archive));
    }

    record ArchiveView(EstateView estate, List<HistoryEntry<EstateStatus>> decisions, List<SectionView> sections,
                       Map<String, Instant> current, Instant generatedAt) {

        static ArchiveView of(ArchiveService.EstateArchive archive) {
            Map<ArchiveSection, List<RecordView>> bySection = new LinkedHashMap<>();
            for (ArchiveSection section : ArchiveSection.values()) {
                bySection.put(section, new ArrayList<>());
            }
            Map<String, Instant> current = new LinkedHashMap<>();
            for (ArchiveRecord record : archive.records()) {
                bySection.get(record.section()).add(RecordView.of(record));
                current.merge(record.section().name(), record.occurredAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            List<SectionView> sections = bySection.entrySet().stream()
                    .map(entry -> new SectionView(Coded.of(entry.getKey()), entry.getValue())).toList();
            return new ArchiveView(EstateView.of(archive.estate()), archive.estate().history(), sections, current,
                    archive.generatedAt());
        }
    }

    record SectionView(Coded section, List<RecordView> records) {
    }

    /** {@code data} is the event's payload as its producer sent it. */
    record RecordView(String eventId, String type, String source, Instant occurredAt, @JsonRawValue String data) {

        static RecordView of(ArchiveRecord record) {
            return new RecordView(record.eventId(), record.type(), record.source(), record.occurredAt(),
                    record.payload() == null ? "{}" : record.payload());
        }
    }
}
