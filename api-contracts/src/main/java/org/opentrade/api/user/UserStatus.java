package org.opentrade.api.user;

public enum UserStatus {
    ACTIVE, FROZEN
}
