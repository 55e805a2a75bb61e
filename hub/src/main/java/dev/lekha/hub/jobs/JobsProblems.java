package dev.lekha.hub.jobs;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import dev.lekha.hub.artifacts.ArtifactsApi;
import dev.lekha.hub.artifacts.UnknownArtifactException;
import dev.lekha.jobs.runs.InvalidJobParametersException;
import dev.lekha.jobs.runs.RunStateConflictException;
import dev.lekha.jobs.runs.UnknownJobException;
import dev.lekha.jobs.runs.UnknownRunException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** RFC 9457 problem details for the job, run and artifact API; parameter problems listed in {@code errors}. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = {JobsApi.class, ArtifactsApi.class})
public class JobsProblems {

    @ExceptionHandler(InvalidJobParametersException.class)
    ProblemDetail invalidParameters(InvalidJobParametersException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid job parameters");
        List<Map<String, String>> errors = e.problems().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(p -> Map.of("field", p.getKey(), "message", p.getValue())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler({UnknownJobException.class, UnknownRunException.class, UnknownArtifactException.class})
    ProblemDetail notFound(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(RunStateConflictException.class)
    ProblemDetail conflict(RunStateConflictException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Run not in a state for that");
        return problem;
    }
}
