package org.opentrade.user.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.opentrade.api.user.UserStatus;
import org.opentrade.user.application.port.Users;
import org.opentrade.user.domain.User;
import org.opentrade.user.domain.Username;

/** The Users port in memory, for use-case tests. */
public final class InMemoryUsers implements Users {
    private final Map<Long, User> byId = new HashMap<>();
    private final AtomicLong ids = new AtomicLong(999);

    @Override
    public Optional<User> add(User user) {
        if (byUsername(user.username()).isPresent()) {
            return Optional.empty();
        }
        User stored = new User(ids.incrementAndGet(), user.username(), user.passwordHash(), user.status(),
                user.roles());
        byId.put(stored.userId(), stored);
        return Optional.of(stored);
    }

    @Override
    public boolean changeStatus(long userId, UserStatus status) {
        return byId(userId).filter(u -> u.status() != status)
                .map(u -> replace(new User(u.userId(), u.username(), u.passwordHash(), status, u.roles())))
                .isPresent();
    }

    @Override
    public boolean setPasswordHash(long userId, String passwordHash) {
        return byId(userId).map(u -> replace(new User(u.userId(), u.username(), passwordHash, u.status(), u.roles())))
                .isPresent();
    }

    /** One thread at a time in these tests: there is nothing to lock. */
    @Override
    public boolean lockForUpdate(long userId) {
        return byId.containsKey(userId);
    }

    public User replace(User user) {
        byId.put(user.userId(), user);
        return user;
    }

    @Override
    public Optional<User> byId(long userId) {
        return Optional.ofNullable(byId.get(userId));
    }

    @Override
    public Optional<User> byUsername(Username username) {
        return byId.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
