package org.opentrade.facade.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.api.ErrorCode;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failures that never reach a controller (a filter, the container) still answer in the API's error shape. Not part of
 * the API: a client asking for /error itself (no failure behind it) gets 404, not a 500.
 */
@Hidden
@RestController
class FallbackErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int httpStatus = status instanceof Integer code ? code : 404;
        ErrorCode code = ContainerErrors.codeOf(httpStatus);
        return ResponseEntity.status(httpStatus).body(new ApiError(code.name(), code.defaultMessage(),
                RequestIds.of(request)));
    }
}
