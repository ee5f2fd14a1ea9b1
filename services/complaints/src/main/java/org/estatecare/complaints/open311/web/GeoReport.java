package org.estatecare.complaints.open311.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRootName;
import org.estatecare.events.ids.ComplaintId;
import org.estatecare.events.ids.EstateId;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;

/**
 * The documents of GeoReport v2, field for field in the order the specification lists them, named in its
 * snake case. Each renders as JSON and as the specification's XML: one element per field, a list as a wrapper
 * of repeated elements named by the singular ({@code <formats><format>}); a list answer is a bare array in
 * JSON and a root element of repeated items in XML ({@link Listing}).
 */
final class GeoReport {

    private GeoReport() {
    }

    /** A list answer: in JSON its items, in XML this record (the root element holding them). */
    interface Listing {
        List<?> items();
    }

    @JsonRootName("discovery")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Discovery(String changeset, String contact, String keyService,
                     @JacksonXmlElementWrapper(localName = "endpoints") @JacksonXmlProperty(localName = "endpoint")
                     List<Endpoint> endpoints) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Endpoint(String specification, String url, String changeset, String type,
                    @JacksonXmlElementWrapper(localName = "formats") @JacksonXmlProperty(localName = "format")
                    List<String> formats) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
                   String keywords, String group) {
    }

    @JsonRootName("services")
    record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service")
                    List<Service> items) implements Listing {
    }

    @JsonRootName("service_definition")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ServiceDefinition(String serviceCode,
                             @JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute")
                             List<Attribute> attributes) {
    }

    /** An attribute of a service; {@code values} only for a list, the choices a client offers. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Attribute(boolean variable, String code, String datatype, boolean required, String datatypeDescription,
                     int order, String description,
                     @JsonInclude(JsonInclude.Include.NON_NULL)
                     @JacksonXmlElementWrapper(localName = "values") @JacksonXmlProperty(localName = "value")
                     List<Value> values) {
    }

    /** One choice of a list attribute. */
    record Value(String key, String name) {
    }

    /** One error: the HTTP status as its code, and what was wrong. */
    record Error(int code, String description) {
    }

    /** Errors as the specification answers them: an array in JSON, {@code <errors><error>} in XML. */
    @JsonRootName("errors")
    record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error")
                  List<Error> items) implements Listing {
    }

    /** The answer to a filed request: its id, and what became of it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Receipt(ComplaintId serviceRequestId, String serviceNotice, String accountId) {
    }

    /** A request as GeoReport shows it; {@code address_id} is the estate. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Request(ComplaintId serviceRequestId, String status, String statusNotes, String serviceName, String serviceCode,
                   String description, String agencyResponsible, String serviceNotice, Instant requestedDatetime,
                   Instant updatedDatetime, Instant expectedDatetime, String address, EstateId addressId, String zipcode,
                   Double lat, @JsonProperty("long") Double longitude, String mediaUrl) {
    }

    @JsonRootName("service_requests")
    record ServiceRequests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request")
                           List<?> items) implements Listing {
    }
}
