package org.opentrade.bench;

/**
 * One answer as the virtual user saw it.
 *
 * @param httpStatus  null when there was no HTTP answer (refused, reset, timed out)
 * @param responseMs  Gatling's response time, null without an answer
 * @param orderStatus the order's status when the answer is an order
 * @param detail      the error code of a refusal, or the reject reason of a REJECTED order
 */
record Answer(Integer httpStatus, Integer responseMs, String orderId, String orderStatus, String detail) {

    boolean successful() {
        return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
    }

    boolean rejectedOrder() {
        return successful() && "REJECTED".equals(orderStatus);
    }
}
