package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Complaints: filed, routed along the district's division of duties, handled, closed. */
@FeignClient(name = "estatecare-complaints", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface ComplaintsApi {

    @GetMapping("/api/complaints")
    Page list(@RequestParam(name = "street", required = false) String street,
              @RequestParam(name = "estate", required = false) String estate,
              @RequestParam(name = "category", required = false) String category,
              @RequestParam(name = "status", required = false) String status,
              @RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/complaints/{id}")
    JsonNode get(@PathVariable("id") String id);

    @PostMapping("/api/complaints")
    JsonNode file(@RequestBody Object complaint);

    /** The handler takes it on. */
    @PostMapping("/api/complaints/{id}/acknowledgement")
    JsonNode acknowledge(@PathVariable("id") String id);

    @PostMapping("/api/complaints/{id}/escalation")
    JsonNode escalate(@PathVariable("id") String id, @RequestBody Object reason);

    @PostMapping("/api/complaints/{id}/resolution")
    JsonNode resolve(@PathVariable("id") String id, @RequestBody Object reason);

    @PostMapping("/api/complaints/{id}/closure")
    JsonNode close(@PathVariable("id") String id, @RequestBody Object verdict);
}
