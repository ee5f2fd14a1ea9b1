package org.estatecare.complaints.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.estatecare.events.codes.Facility;
import org.estatecare.kit.web.Coded;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of complaints with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/complaints")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("category", Coded.all(Category.class));
        codes.put("channel", Coded.all(Channel.class));
        codes.put("reporterKind", Coded.all(ReporterKind.class));
        codes.put("status", Coded.all(ComplaintStatus.class));
        codes.put("handlerKind", Coded.all(HandlerKind.class));
        codes.put("facility", Coded.all(Facility.class));
        return codes;
    }
}
