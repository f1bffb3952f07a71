package org.opentrade.user.adapter.out.persistence;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.opentrade.platform.db.Primary;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.port.StatusChanges;
import org.opentrade.user.domain.StatusChange;
import org.springframework.stereotype.Repository;

/**
 * Status changes in MariaDB. The listing reads the primary: an operator who froze a user a moment ago must see that
 * freeze in the user's history, which a replica a few milliseconds behind would not show yet.
 */
@Repository
class StatusChangesInDatabase implements StatusChanges {
    private final StatusChangeMapper mapper;

    StatusChangesInDatabase(StatusChangeMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void add(StatusChange change) {
        StatusChangeRow row = new StatusChangeRow();
        row.userId = change.userId();
        row.status = change.status().name();
        row.actor = change.actor();
        row.reason = change.reason();
        row.changedAt = LocalDateTime.ofInstant(change.changedAt(), ZoneOffset.UTC);
        mapper.insert(row);
    }

    @Override
    public List<StatusChange> ofUser(long userId, int limit) {
        return Primary.read(() -> mapper.ofUser(userId, limit)).stream().map(StatusChangesInDatabase::toChange)
                .toList();
    }

    private static StatusChange toChange(StatusChangeRow row) {
        return new StatusChange(row.userId, UserStatus.valueOf(row.status), row.actor, row.reason,
                row.changedAt.toInstant(ZoneOffset.UTC));
    }
}
