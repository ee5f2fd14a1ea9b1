package org.estatecare.client;

import java.util.List;

import tools.jackson.databind.JsonNode;

/** One page of a list, as every list of the API answers: the items, and where the page lies. */
public record Page(List<JsonNode> content, Position page) {

    public Page {
        content = content == null ? List.of() : List.copyOf(content);
    }

    /** The page's number (from 0), its size, and the totals. */
    public record Position(int number, int size, long totalElements, int totalPages) {
    }
}
