package dev.lekha.hub.support;

import dev.lekha.jobs.runs.JobDescriptor;
import dev.lekha.jobs.runs.JobRuns;
import dev.lekha.jobs.runs.RunDetail;
import dev.lekha.jobs.runs.RunSummary;
import dev.lekha.jobs.runs.UnknownJobException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A {@link JobRuns} that knows two jobs, records launches instead of running them, and returns canned recent runs. */
public class RecordingJobRuns implements JobRuns {

    /** One call to {@link #launch}. */
    public record Launch(String jobName, long companyId, Map<String, String> params, String launchedBy) {
    }

    public static final JobDescriptor SALES_REGISTER = new JobDescriptor("sales-register",
            "Sales register of a period with tax totals",
            List.of(new JobDescriptor.ParamSpec("period", "period", true, "GST return period", "112025")),
            List.of("SALES_REGISTER_XLSX"));
    public static final JobDescriptor GSTR1 = new JobDescriptor("gstr1", "GSTR-1 outward supplies return",
            List.of(new JobDescriptor.ParamSpec("gstin", "gstin", true, "registration", "27AAACL1234C1Z5"),
                    new JobDescriptor.ParamSpec("period", "period", true, "GST return period", "112025")),
            List.of("GSTR1_JSON", "GSTR1_XLSX"));

    private final List<Launch> launches = new CopyOnWriteArrayList<>();
    private final List<Set<Long>> recentRequests = new CopyOnWriteArrayList<>();
    private final AtomicLong nextRunId = new AtomicLong(1000);
    private volatile List<RunSummary> recent = List.of();

    @Override
    public List<JobDescriptor> jobs() {
        return List.of(GSTR1, SALES_REGISTER);
    }

    @Override
    public long launch(String jobName, long companyId, Map<String, String> params, String launchedBy) {
        if (jobs().stream().noneMatch(j -> j.name().equals(jobName))) {
            throw new UnknownJobException(jobName);
        }
        launches.add(new Launch(jobName, companyId, Map.copyOf(params), launchedBy));
        return nextRunId.incrementAndGet();
    }

    @Override
    public long restart(long runId, String requestedBy) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public void stop(long runId, String requestedBy) {
        throw new UnsupportedOperationException("not needed by these tests");
    }

    @Override
    public Optional<RunDetail> run(long runId) {
        return Optional.empty();
    }

    @Override
    public List<RunSummary> recent(int limit, Set<Long> companyIds) {
        recentRequests.add(companyIds == null ? null : Set.copyOf(companyIds));
        return recent.stream().limit(limit).toList();
    }

    public List<Launch> launches() {
        return new ArrayList<>(launches);
    }

    /** The {@code companyIds} of each {@link #recent} call, in order. */
    public List<Set<Long>> recentRequests() {
        return new ArrayList<>(recentRequests);
    }

    public void setRecent(List<RunSummary> runs) {
        this.recent = List.copyOf(runs);
    }

    public void reset() {
        launches.clear();
        recentRequests.clear();
        recent = List.of();
    }
}
