package dev.lekha.hub.schedules;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the schedules API: what is wrong, field by field, never a stack trace. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = SchedulesApi.class)
class SchedulesApiErrors {

    @ExceptionHandler
    ProblemDetail invalid(InvalidScheduleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid schedule");
        problem.setProperty("errors", e.problems().entrySet().stream()
                .map(p -> Map.of("field", p.getKey(), "message", p.getValue()))
                .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownScheduleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("No such schedule");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail taken(ScheduleAlreadyExistsException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Schedule exists");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail store(ScheduleStoreException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The schedule store is not available; try again shortly");
        problem.setTitle("Schedule store unavailable");
        return problem;
    }
}
