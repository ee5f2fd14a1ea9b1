package org.estatecare.assessments.meeting;

import java.time.LocalDate;
import java.util.List;

import org.estatecare.kit.persistence.AggregateStore;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

/** Every street's joint meetings. */
@Repository
public class JointMeetings extends AggregateStore<JointMeeting, JointMeetingId> {

    public JointMeetings(MongoTemplate mongo) {
        super(mongo, JointMeeting.class, "joint meeting");
        mongo.indexOps(JointMeeting.class).createIndex(new Index().on("street", Sort.Direction.ASC).on("day", Sort.Direction.DESC));
        mongo.indexOps(JointMeeting.class).createIndex(new Index().on("actionItems.status", Sort.Direction.ASC));
    }

    /** The caller's meetings, of one street if given, the latest day first. */
    public Page<JointMeeting> search(String street, Criteria scope, Pageable page) {
        Criteria criteria = street == null ? new Criteria() : Criteria.where("street").is(street);
        return page(new Criteria().andOperator(scope, criteria),
                org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        Sort.by(Sort.Direction.DESC, "day").and(Sort.by("_id"))));
    }

    /** The held meetings with an action item still open whose deadline has passed by {@code today}. */
    public List<JointMeeting> withOverdueActionItems(LocalDate today) {
        return all(Criteria.where("actionItems").elemMatch(Criteria.where("status").is(ActionItem.Status.OPEN)
                .and("deadline").lt(today)));
    }
}
