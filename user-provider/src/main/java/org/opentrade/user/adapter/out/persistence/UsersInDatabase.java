package org.opentrade.user.adapter.out.persistence;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import org.apache.shardingsphere.infra.hint.HintManager;
import org.opentrade.api.user.Role;
import org.opentrade.api.user.UserStatus;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;
import org.opentrade.user.application.port.Users;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Repository;

/**
 * Users in MariaDB through ShardingSphere. Lookups go to the primary: a user who just registered must be able to
 * log in at once, and a replica a few milliseconds behind would answer BAD_CREDENTIALS.
 */
@Repository
class UsersInDatabase implements Users {
    private final UserMapper mapper;

    UsersInDatabase(UserMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<User> add(User user) {
        UserRow row = new UserRow();
        row.setUsername(user.username().value());
        row.setPasswordHash(user.passwordHash());
        row.setStatus(user.status().name());
        row.setRoles(user.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException taken) {
            return Optional.empty();
        }
        return Optional.of(toUser(row));
    }

    @Override
    public Optional<User> byId(long userId) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.selectById(userId)).map(UsersInDatabase::toUser);
        }
    }

    @Override
    public Optional<User> byUsername(Username username) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return Optional.ofNullable(mapper.selectOne(
                    Wrappers.<UserRow>lambdaQuery().eq(UserRow::getUsername, username.value())))
                    .map(UsersInDatabase::toUser);
        }
    }

    /** The status condition matters: MariaDB reports matched rows, so without it a no-op would count as a change. */
    @Override
    public boolean changeStatus(long userId, UserStatus status) {
        return mapper.update(Wrappers.<UserRow>lambdaUpdate().set(UserRow::getStatus, status.name())
                .eq(UserRow::getUserId, userId).ne(UserRow::getStatus, status.name())) == 1;
    }

    @Override
    public boolean setPasswordHash(long userId, String passwordHash) {
        return mapper.update(Wrappers.<UserRow>lambdaUpdate().set(UserRow::getPasswordHash, passwordHash)
                .eq(UserRow::getUserId, userId)) == 1;
    }

    @Override
    public boolean lockForUpdate(long userId) {
        try (HintManager hint = HintManager.getInstance()) {
            hint.setWriteRouteOnly();
            return mapper.lockForUpdate(userId) != null;
        }
    }

    private static User toUser(UserRow row) {
        var roles = Arrays.stream(row.getRoles().split(",")).map(Role::valueOf).collect(Collectors.toSet());
        return new User(row.getUserId(), new Username(row.getUsername()), row.getPasswordHash(),
                UserStatus.valueOf(row.getStatus()), roles);
    }
}
