package org.estatecare.registry.territory;

import java.util.List;

import org.springframework.data.annotation.Id;

/** A street office (街道办事处) of the district and its communities. {@code code} is the token claim {@code street}. */
public record Street(@Id String code, String name, List<Community> communities) {

    /** The shape of a street office's code, wherever one is given (also the token claim {@code street}). */
    public static final String CODE = "[a-z0-9-]{2,40}";

    public Street {
        communities = communities == null ? List.of() : List.copyOf(communities);
    }

    public boolean hasCommunity(String communityCode) {
        return communities.stream().anyMatch(c -> c.code().equals(communityCode));
    }
}
