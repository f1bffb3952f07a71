package org.opentrade.api.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentrade.api.BusinessException;
import org.opentrade.api.ErrorCode;

/**
 * The (time, id) cursor of the ledger and transfer pages round-trips, is URL-safe and fits the input bound; a cursor
 * of another list, or anything a client made up, is VALIDATION_FAILED.
 */
class PageCursorsTest {

    @Test
    void aTimeIdCursorRoundTripsAndIsUrlSafe() {
        TimeIdCursor cursor = new TimeIdCursor(1_767_323_045_678L, 1_865_000_000_000_000_123L);
        String text = cursor.encode("l1");
        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(TimeIdCursor.decode(text, "l1")).isEqualTo(cursor);
    }

    @Test
    void theLongestTimeIdCursorFitsTheInputBound() {
        assertThat(new TimeIdCursor(Long.MAX_VALUE, Long.MAX_VALUE).encode("t1"))
                .hasSizeLessThanOrEqualTo(PageCursor.LENGTH_MAX);
    }

    @Test
    void theCursorOfOneListIsNotAcceptedByAnother() {
        String ledger = new TimeIdCursor(1L, 2L).encode("l1");
        assertInvalid(() -> TimeIdCursor.decode(ledger, "t1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"l1:1", "l1:1:2:3", "l1:x:2", "l1:1:-2", "l1::2", "l2:1:2", "l1:1:99999999999999999999",
            "l1:+1:2"})
    void malformedFieldsAreValidationFailures(String text) {
        assertInvalid(() -> TimeIdCursor.decode(encoded(text), "l1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "!!!", "%", "a b", "bDE6MTo"})
    void textThatIsNoCursorIsAValidationFailure(String text) {
        assertInvalid(() -> TimeIdCursor.decode(text, "l1"));
    }

    @Test
    void aVeryLongOrMissingCursorIsRefusedBeforeItIsDecoded() {
        assertInvalid(() -> PageCursor.decode("A".repeat(PageCursor.LENGTH_MAX + 1), "l1", 2));
        assertInvalid(() -> PageCursor.decode(null, "l1", 2));
    }

    @Test
    void aTextFieldMustMatchItsPattern() {
        assertThat(PageCursor.text("D0a1", "[A-Za-z0-9]{1,40}")).isEqualTo("D0a1");
        assertInvalid(() -> PageCursor.text("D-1", "[A-Za-z0-9]{1,40}"));
    }

    static String encoded(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
    }

    static void assertInvalid(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED));
    }
}
