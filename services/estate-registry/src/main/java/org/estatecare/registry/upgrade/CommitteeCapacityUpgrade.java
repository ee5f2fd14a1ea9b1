package org.estatecare.registry.upgrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.estatecare.events.codes.SigningParty;
import org.estatecare.kit.domain.Implements;
import org.estatecare.kit.persistence.StoredDataUpgrade;
import org.estatecare.registry.estate.CommitteeCapacity;
import org.estatecare.registry.estate.Estate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Committee members stored when their capacity was free text get a capacity code (R-COMM-1): a text that
 * is a code or a known way of writing one (业主代表, 社区居委会, 居民代表, …, see
 * {@link CommitteeCapacity#fromRecordedText}) becomes that code; any other text is kept as
 * {@code capacityAsRecorded} and the member has no capacity, so the estate reads and shows what was
 * written, and the committee is classified when the street office appoints it again. Each estate is
 * rewritten only if its version is still the one loaded (the write moves it on); one changed meanwhile
 * is left for the next start.
 */
@Component
@Implements("R-COMM-1")
public class CommitteeCapacityUpgrade extends StoredDataUpgrade {

    private static final Logger log = LoggerFactory.getLogger(CommitteeCapacityUpgrade.class);
    static final String MARK = "committee-member-capacity-codes";

    CommitteeCapacityUpgrade(MongoTemplate mongo) {
        super(mongo, MARK);
    }

    @Override
    public int upgrade() {
        String collection = mongo.getCollectionName(Estate.class);
        Query committees = Query.query(Criteria.where("committee.signingParty").is(SigningParty.MANAGEMENT_COMMITTEE.name()));
        int upgraded = 0;
        int unclassified = 0;
        int left = 0;
        for (Document stored : mongo.find(committees, Document.class, collection)) {
            Document committee = stored.get("committee", Document.class);
            List<Document> members = committee.getList("members", Document.class, List.of());
            if (members.stream().allMatch(CommitteeCapacityUpgrade::isCoded)) {
                continue;
            }
            List<Document> coded = new ArrayList<>();
            for (Document member : members) {
                Document upgradedMember = upgradeMember(member);
                if (!upgradedMember.containsKey("capacity")) {
                    unclassified++;
                }
                coded.add(upgradedMember);
            }
            Document upgradedEstate = new Document(stored);
            upgradedEstate.put("committee", new Document(committee).append("members", coded));
            try {
                mongo.getConverter().read(Estate.class, upgradedEstate);
            } catch (RuntimeException unreadable) {
                left++;
                log.warn("estate {} does not read even with capacity codes; left as stored: {}", stored.get("_id"),
                        unreadable.getMessage());
                continue;
            }
            Query unchanged = Query.query(Criteria.where("_id").is(stored.get("_id")).and("version").is(stored.get("version")));
            Update update = new Update().set("committee.members", coded).inc("version", 1);
            if (mongo.updateFirst(unchanged, update, collection).getModifiedCount() == 1) {
                upgraded++;
            } else {
                left++;
            }
        }
        if (upgraded > 0 || left > 0) {
            log.info("committee capacities upgraded to codes: estates={} membersWithoutKnownCapacity={} left={}", upgraded,
                    unclassified, left);
        }
        return left;
    }

    private static boolean isCoded(Document member) {
        Object capacity = member.get("capacity");
        if (capacity == null) {
            return member.containsKey("capacityAsRecorded");
        }
        for (CommitteeCapacity code : CommitteeCapacity.values()) {
            if (code.name().equals(capacity)) {
                return true;
            }
        }
        return false;
    }

    /** The member with its capacity as a code, or its text kept aside when it names none. */
    static Document upgradeMember(Document member) {
        if (isCoded(member)) {
            return member;
        }
        String text = String.valueOf(member.get("capacity"));
        Document upgraded = new Document(member);
        Optional<CommitteeCapacity> capacity = CommitteeCapacity.fromRecordedText(text);
        if (capacity.isPresent()) {
            upgraded.put("capacity", capacity.get().name());
        } else {
            upgraded.remove("capacity");
            upgraded.put("capacityAsRecorded", text);
        }
        return upgraded;
    }
}
