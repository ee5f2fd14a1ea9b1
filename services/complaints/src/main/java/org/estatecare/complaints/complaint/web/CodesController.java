package org.estatecare.complaints.complaint.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.estatecare.complaints.complaint.Channel;
import org.estatecare.complaints.complaint.ComplaintStatus;
import org.estatecare.complaints.complaint.ReporterKind;
import org.estatecare.complaints.complaint.web.ComplaintView.Coded;
import org.estatecare.complaints.routing.Category;
import org.estatecare.complaints.routing.HandlerKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "codes", description = "Enum codes of complaints with their Chinese labels")
@RestController
class CodesController {

    @Operation(summary = "Every code this service uses, with its label")
    @GetMapping("/api/codes/complaints")
    Map<String, List<Coded>> codes() {
        Map<String, List<Coded>> codes = new LinkedHashMap<>();
        codes.put("category", coded(Category.values(), Category::label));
        codes.put("channel", coded(Channel.values(), Channel::label));
        codes.put("reporterKind", coded(ReporterKind.values(), ReporterKind::label));
        codes.put("status", coded(ComplaintStatus.values(), ComplaintStatus::label));
        codes.put("handlerKind", coded(HandlerKind.values(), HandlerKind::label));
        return codes;
    }

    private static <E extends Enum<E>> List<Coded> coded(E[] values, Function<E, String> label) {
        return Arrays.stream(values).map(v -> new Coded(v.name(), label.apply(v))).toList();
    }
}
