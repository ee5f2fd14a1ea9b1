package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Assessments: inspections, the graded assessments of each period, and the rectifications they order. */
@FeignClient(name = "estatecare-assessments", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface AssessmentsApi {

    @GetMapping("/api/assessments")
    Page list(@RequestParam(name = "estateId", required = false) String estateId,
              @RequestParam(name = "street", required = false) String street,
              @RequestParam(name = "period", required = false) String period,
              @RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/assessments/{id}")
    JsonNode get(@PathVariable("id") String id);

    @GetMapping("/api/inspections")
    Page inspections(@RequestParam(name = "estateId", required = false) String estateId,
                     @RequestParam(name = "street", required = false) String street,
                     @RequestParam(name = "page", required = false) Integer page,
                     @RequestParam(name = "size", required = false) Integer size);

    /** Records an inspection (inspectors, street offices). */
    @PostMapping("/api/inspections")
    JsonNode inspect(@RequestBody Object inspection);

    @GetMapping("/api/rectifications")
    Page rectifications(@RequestParam(name = "estateId", required = false) String estateId,
                        @RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "page", required = false) Integer page,
                        @RequestParam(name = "size", required = false) Integer size);
}
