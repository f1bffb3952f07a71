package org.opentrade.api.user;

public enum Role {
    USER, ADMIN
}
