package org.opentrade.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.Http;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * How every request of a scenario is sent and counted: with the virtual user's token, named apart while warming up
 * (so Gatling's report shows both phases), and, in the measured phase, its status and response time (and an order's
 * status) added to the phase's figures. A request with no answer runs no check, so no status is saved: that is how
 * a connection error is told apart.
 */
final class Requests {
    static final String TOKEN = "token";
    static final String ORDER_ID = "orderId";
    static final String ORDER_STATUS = "orderStatus";
    private static final String HTTP_STATUS = "httpStatus";
    private static final String RESPONSE_MS = "responseMs";
    private static final String MEASURED = "measured";
    private static final String DETAIL = "detail";

    private Requests() {
    }

    static Http named(String label) {
        return http(session -> session.getBoolean(MEASURED) ? label : label + " (warm-up)");
    }

    /** {@code order}: the answer is an order, whose id and status are kept (REJECTED is counted, with its reason). */
    static ChainBuilder recorded(Phase phase, HttpRequestActionBuilder request, boolean order) {
        HttpRequestActionBuilder sent = request.header("Authorization", session -> "Bearer " + session.getString(TOKEN))
                .check(status().saveAs(HTTP_STATUS), responseTimeInMillis().saveAs(RESPONSE_MS))
                .checkIf((response, session) -> response.status().code() >= 400)
                .then(jsonPath("$.code").optional().saveAs(DETAIL));
        if (order) {
            sent = sent.check(jsonPath("$.orderId").optional().saveAs(ORDER_ID),
                            jsonPath("$.status").optional().saveAs(ORDER_STATUS))
                    .checkIf((response, session) -> response.status().code() < 400)
                    .then(jsonPath("$.rejectReason").optional().saveAs(DETAIL));
        }
        sent = sent.check(status().in(200, 201));
        return exec(session -> session.removeAll(HTTP_STATUS, RESPONSE_MS, ORDER_ID, ORDER_STATUS, DETAIL)
                .set(MEASURED, phase.measuring()))
                .exec(sent)
                .exec(session -> {
                    if (session.getBoolean(MEASURED)) {
                        phase.record(new Answer(intOrNull(session, HTTP_STATUS), intOrNull(session, RESPONSE_MS),
                                session.getString(ORDER_ID), session.getString(ORDER_STATUS), session.getString(DETAIL)));
                    }
                    return session;
                });
    }

    static Integer intOrNull(Session session, String key) {
        return session.contains(key) ? session.getInt(key) : null;
    }

    static boolean answered(Session session, int httpStatus) {
        Integer status = intOrNull(session, HTTP_STATUS);
        return status != null && status == httpStatus;
    }
}
