package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/** Agreements: the service companies, fee standards and classes, and the agreements that bind a company to an estate. */
@FeignClient(name = "estatecare-agreements", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface AgreementsApi {

    @GetMapping("/api/companies")
    Page companies(@RequestParam(name = "status", required = false) String status,
                   @RequestParam(name = "page", required = false) Integer page,
                   @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/companies/{id}")
    JsonNode company(@PathVariable("id") String id);

    @PostMapping("/api/companies")
    JsonNode registerCompany(@RequestBody Object company);

    @PostMapping("/api/fee-standards")
    JsonNode addFeeStandard(@RequestBody Object standard);

    @GetMapping("/api/estates/{estateId}/fee-class")
    JsonNode feeClass(@PathVariable("estateId") String estateId);

    @PutMapping("/api/estates/{estateId}/fee-class")
    JsonNode classify(@PathVariable("estateId") String estateId, @RequestBody Object feeClass);

    @GetMapping("/api/agreements")
    Page list(@RequestParam(name = "estate", required = false) String estate,
              @RequestParam(name = "street", required = false) String street,
              @RequestParam(name = "company", required = false) String company,
              @RequestParam(name = "status", required = false) String status,
              @RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/agreements/{id}")
    JsonNode get(@PathVariable("id") String id);

    /** Drafts an agreement (the street office, for the residents' side). */
    @PostMapping("/api/agreements")
    JsonNode draft(@RequestBody Object agreement);

    @PostMapping("/api/agreements/{id}/signing")
    JsonNode sign(@PathVariable("id") String id, @RequestBody Object signing);
}
