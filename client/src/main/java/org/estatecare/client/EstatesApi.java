package org.estatecare.client;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;

/**
 * The estate registry: estates, their standing in the scheme and the decisions on them, and the streets. Bodies are
 * the JSON the API documents ({@code /v3/api-docs} of the service, {@code docs/api/estate-registry.json}): a record, a
 * map or a {@link JsonNode}. An argument left {@code null} is not sent.
 */
@FeignClient(name = "estatecare-estates", url = "${estatecare.client.base-url}", configuration = EstateCareFeignConfiguration.class)
public interface EstatesApi {

    @GetMapping("/api/estates")
    Page list(@RequestParam(name = "street", required = false) String street,
              @RequestParam(name = "community", required = false) String community,
              @RequestParam(name = "status", required = false) String status,
              @RequestParam(name = "page", required = false) Integer page,
              @RequestParam(name = "size", required = false) Integer size);

    @GetMapping("/api/estates/{id}")
    JsonNode get(@PathVariable("id") String id);

    @GetMapping("/api/estates/{id}/history")
    Page history(@PathVariable("id") String id, @RequestParam(name = "page", required = false) Integer page,
                 @RequestParam(name = "size", required = false) Integer size);

    /** Registers a renovated estate (district admin). */
    @PostMapping("/api/estates")
    JsonNode register(@RequestBody Object estate);

    /** The municipal bureau's takeover acceptance, item by item against the standard (R-TAKE-1). */
    @PostMapping("/api/estates/{id}/takeover-acceptance")
    JsonNode acceptTakeover(@PathVariable("id") String id, @RequestBody Object acceptance);

    @PostMapping("/api/estates/{id}/filing")
    JsonNode file(@PathVariable("id") String id, @RequestBody Object filing);

    @PostMapping("/api/estates/{id}/inclusion")
    JsonNode include(@PathVariable("id") String id, @RequestBody Object inclusion);

    @PostMapping("/api/estates/{id}/exit")
    JsonNode exit(@PathVariable("id") String id, @RequestBody Object exit);

    @GetMapping("/api/streets")
    Page streets(@RequestParam(name = "page", required = false) Integer page,
                 @RequestParam(name = "size", required = false) Integer size);

    /** Records a street office and its communities (district admin). */
    @PostMapping("/api/streets")
    JsonNode addStreet(@RequestBody Object street);
}
