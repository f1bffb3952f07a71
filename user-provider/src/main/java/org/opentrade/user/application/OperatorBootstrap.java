package org.opentrade.user.application;

import java.util.EnumSet;

import org.opentrade.api.BusinessException;
import org.opentrade.api.user.Role;
import org.opentrade.user.domain.Password;
import org.opentrade.user.domain.Username;
import org.opentrade.user.application.port.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Makes sure the configured operator account (roles USER and ADMIN) exists. Only creates it: a password changed
 * later is never reset from configuration. Several instances may race; the unique username settles it.
 */
@Component
class OperatorBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(OperatorBootstrap.class);

    private final AuthProperties auth;
    private final Users users;
    private final UserRegistration registration;

    OperatorBootstrap(AuthProperties auth, Users users, UserRegistration registration) {
        this.auth = auth;
        this.users = users;
        this.registration = registration;
    }

    @Override
    public void run(ApplicationArguments args) {
        AuthProperties.Operator operator = auth.operator();
        if (operator == null || operator.username() == null || operator.username().isBlank()) {
            log.info("no operator account configured");
            return;
        }
        Username username = new Username(operator.username());
        if (users.byUsername(username).isPresent()) {
            return;
        }
        try {
            registration.register(username, Password.of(operator.password()), EnumSet.of(Role.USER, Role.ADMIN));
            log.info("operator account '{}' created", username.value());
        } catch (BusinessException alreadyTaken) {
            log.info("operator account '{}' created by another instance", username.value());
        }
    }
}
