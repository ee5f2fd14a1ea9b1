package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Subsidies: the allocation runs of each period, their lines per estate, and the ledger. */
@FeignClient(name = "estatecare-subsidies", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface SubsidiesApi {

    @GetMapping("/api/allocation-runs")
    Page runs(@RequestParam(name = "status", required = false) String status,
              @RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/allocation-runs/{id}")
    JsonNode run(@PathVariable("id") String id);

    @GetMapping("/api/allocation-runs/{id}/lines")
    Page lines(@PathVariable("id") String id, @RequestParam(name = "street", required = false) String street,
               @RequestParam(name = "estateId", required = false) String estateId,
               @RequestParam(name = "page", required = false) Integer page,
               @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/subsidy-ledger")
    Page ledger(@RequestParam(name = "page", required = false) Integer page,
                @RequestParam(name = "size", required = false) Integer size);
}
