package org.opentrade.facade.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.opentrade.api.ErrorCode;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Failures that never reach a controller (a filter, the container) still answer in the API's error shape.
 */
@RestController
class FallbackErrorController implements ErrorController {

    @RequestMapping("/error")
    ResponseEntity<ApiError> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int httpStatus = status instanceof Integer code ? code : 500;
        ErrorCode code = ContainerErrors.codeOf(httpStatus);
        return ResponseEntity.status(httpStatus).body(new ApiError(code.name(), code.defaultMessage(),
                RequestIds.of(request)));
    }
}
