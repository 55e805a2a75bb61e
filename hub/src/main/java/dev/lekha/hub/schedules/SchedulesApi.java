package dev.lekha.hub.schedules;

import dev.lekha.hub.security.CompanyScope;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/schedules}: list (any signed-in role, only companies the caller may see) and change
 * (ADMIN or FINANCE) the Quartz schedules that launch jobs. Each schedule comes with its next
 * {@value #FIRE_TIMES} fire times.
 */
@RestController
@RequestMapping("/api/schedules")
public class SchedulesApi {

    static final int FIRE_TIMES = 3;

    private final Schedules schedules;
    private final CompanyScope companyScope;

    public SchedulesApi(Schedules schedules, @Lazy CompanyScope companyScope) {
        this.schedules = schedules;
        this.companyScope = companyScope;
    }

    @GetMapping
    public List<ScheduleView> list() {
        Instant now = Instant.now();
        return schedules.list().stream()
                .filter(s -> companyScope.canSee(s.companyId()))
                .map(s -> ScheduleView.of(s, FIRE_TIMES, now))
                .toList();
    }

    @GetMapping("/{name}")
    public ScheduleView get(@PathVariable String name) {
        return view(visible(name));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public ResponseEntity<ScheduleView> create(@RequestBody ScheduleRequest request) {
        checkCompany(request);
        Schedule created = schedules.create(request);
        return ResponseEntity.created(URI.create("/api/schedules/" + created.name())).body(view(created));
    }

    @PutMapping("/{name}")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public ScheduleView update(@PathVariable String name, @RequestBody ScheduleRequest request) {
        visible(name);
        checkCompany(request);
        return view(schedules.update(name, request));
    }

    @PostMapping("/{name}/enable")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public ScheduleView enable(@PathVariable String name) {
        visible(name);
        return view(schedules.enable(name));
    }

    @PostMapping("/{name}/disable")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public ScheduleView disable(@PathVariable String name) {
        visible(name);
        return view(schedules.disable(name));
    }

    @DeleteMapping("/{name}")
    @PreAuthorize("hasAnyRole('ADMIN','FINANCE')")
    public ResponseEntity<Void> delete(@PathVariable String name) {
        visible(name);
        schedules.delete(name);
        return ResponseEntity.noContent().build();
    }

    /** A schedule of a company the caller cannot see does not exist for them. */
    private Schedule visible(String name) {
        Schedule schedule = schedules.get(name);
        if (!companyScope.canSee(schedule.companyId())) {
            throw new UnknownScheduleException(name);
        }
        return schedule;
    }

    private void checkCompany(ScheduleRequest request) {
        if (request.companyId() != null) {
            companyScope.check(request.companyId());
        }
    }

    private static ScheduleView view(Schedule schedule) {
        return ScheduleView.of(schedule, FIRE_TIMES, Instant.now());
    }
}
