package dev.lekha.jobs.runs;

import java.util.Objects;
import org.springframework.batch.core.job.Job;

/**
 * A Spring Batch job made launchable through {@link JobRuns}: each job's {@code @Configuration}
 * exposes one of these beans pairing the job with what the screens and the API show about it.
 * The descriptor's name must be the job's name.
 */
public record LekhaJob(Job job, JobDescriptor descriptor) {

    public LekhaJob {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(descriptor, "descriptor");
        if (!job.getName().equals(descriptor.name())) {
            throw new IllegalArgumentException("Job '" + job.getName() + "' is described as '" + descriptor.name()
                    + "': the descriptor must carry the job's own name");
        }
    }

    public String name() {
        return descriptor.name();
    }
}
