package org.estatecare.registry.territory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.domain.RuleViolationException;
import org.estatecare.kit.domain.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Repository;

/**
 * The district's streets. A community code names one community in the whole district: scopes and the
 * token claim {@code community} use the code alone, so a code repeated under another street would open
 * that street's estates to the first community's officer. Each code is therefore claimed in a
 * collection keyed by it before its street is stored: one insert the database refuses for a taken code,
 * no transaction needed.
 */
@Repository
@Implements("R-PRIN-1")
public class Streets {

    static final String CLAIMS = "communityCode";
    /** A claim this old whose street was never stored was left by a crash between the two writes. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(Streets.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public Streets(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        reconcileClaims();
    }

    public List<Street> all() {
        return mongo.find(new Query().with(Sort.by("_id")), Street.class);
    }

    /** One page of the district's streets, in the page's (allow-listed) order. */
    public Page<Street> page(Pageable page) {
        List<Street> content = mongo.find(new Query().with(page), Street.class);
        return PageableExecutionUtils.getPage(content, page, () -> mongo.count(new Query(), Street.class));
    }

    public Optional<Street> find(String code) {
        return Optional.ofNullable(mongo.findById(code, Street.class));
    }

    /**
     * Stores a new street office with its communities. R-PRIN-1: a community code already used in the
     * district (or twice in this street) is refused with 422 and nothing is stored; a street code already
     * used is a conflict (409), and the claims made for it are given back.
     */
    public Street add(Street street) {
        Set<String> seen = new HashSet<>();
        for (Community community : street.communities()) {
            if (!seen.add(community.code())) {
                throw codeTaken(community.code());
            }
        }
        List<String> claimed = new ArrayList<>();
        try {
            for (Community community : street.communities()) {
                claim(community.code(), street.code());
                claimed.add(community.code());
            }
            return mongo.insert(street);
        } catch (RuntimeException refused) {
            if (!claimed.isEmpty()) {
                mongo.remove(Query.query(Criteria.where("_id").in(claimed)), CLAIMS);
            }
            throw refused;
        }
    }

    public boolean isEmpty() {
        return mongo.count(new Query(), Street.class) == 0;
    }

    /** R-PRIN-1: an estate belongs to an existing street office and one of its communities. */
    public void requireCommunity(String street, String community) {
        Street found = find(street).orElseThrow(() -> new RuleViolationException(new Violation("R-PRIN-1",
                "unknown-street", "street office '" + street + "' does not exist")));
        if (!found.hasCommunity(community)) {
            throw new RuleViolationException(new Violation("R-PRIN-1", "unknown-community",
                    "community '" + community + "' is not part of street office '" + street + "'"));
        }
    }

    private void claim(String communityCode, String streetCode) {
        try {
            mongo.insert(new Document("_id", communityCode).append("street", streetCode)
                    .append("claimedAt", Date.from(clock.instant())), CLAIMS);
        } catch (DuplicateKeyException taken) {
            throw codeTaken(communityCode);
        }
    }

    private static RuleViolationException codeTaken(String communityCode) {
        return new RuleViolationException(new Violation("R-PRIN-1", "community-code-taken",
                "community code '" + communityCode + "' is already used in the district", communityCode));
    }

    /**
     * At start: streets stored before codes were claimed get their claims (a code found under two
     * streets stays with the first and is logged for the district to correct), and claims abandoned by
     * a street that was never stored are released. Two reads whatever the district's size; a write only
     * for a claim to add or release. The claims are read before the streets, so a claim older than
     * {@link #ABANDONED_AFTER} whose street does not hold its code was never followed by its street.
     */
    private void reconcileClaims() {
        Map<String, Document> claims = new HashMap<>();
        mongo.findAll(Document.class, CLAIMS).forEach(claim -> claims.put(claim.getString("_id"), claim));
        Map<String, Street> stored = new HashMap<>();
        for (Street street : all()) {
            stored.put(street.code(), street);
            for (Community community : street.communities()) {
                Document claim = claims.get(community.code());
                if (claim == null) {
                    try {
                        claim(community.code(), street.code());
                        claims.put(community.code(), new Document("_id", community.code()).append("street", street.code()));
                    } catch (RuleViolationException raced) {
                        // claimed meanwhile by another instance starting up
                    }
                } else if (!street.code().equals(claim.getString("street"))) {
                    log.warn("community code used by two streets: code={} streets={},{}", community.code(),
                            claim.getString("street"), street.code());
                }
            }
        }
        Date abandoned = Date.from(clock.instant().minus(ABANDONED_AFTER));
        for (Document claim : claims.values()) {
            Date claimedAt = claim.getDate("claimedAt");
            Street street = stored.get(claim.getString("street"));
            boolean held = street != null && street.hasCommunity(claim.getString("_id"));
            if (!held && claimedAt != null && claimedAt.before(abandoned)) {
                mongo.remove(Query.query(Criteria.where("_id").is(claim.getString("_id")).and("claimedAt").is(claimedAt)),
                        CLAIMS);
            }
        }
    }
}
