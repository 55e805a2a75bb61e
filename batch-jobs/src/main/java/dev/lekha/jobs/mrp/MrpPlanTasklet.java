package dev.lekha.jobs.mrp;

import dev.lekha.domain.artifact.ArtifactStore;
import dev.lekha.domain.artifact.NewArtifact;
import dev.lekha.domain.mrp.MrpMasters;
import dev.lekha.domain.mrp.MrpPlans;
import dev.lekha.domain.mrp.NewPlannedOrder;
import dev.lekha.mappings.mrp.BucketSize;
import dev.lekha.mappings.mrp.MaterialRequirementsPlanning;
import dev.lekha.mappings.mrp.MrpPlan;
import dev.lekha.mappings.mrp.MrpPlanWorkbook;
import dev.lekha.mappings.mrp.PlannedOrder;
import dev.lekha.mappings.mrp.PlanningHorizon;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Loads the masters, plans, stores the run and writes {@code MRP_PLAN_XLSX}. */
class MrpPlanTasklet implements Tasklet {

    static final String KIND = "MRP_PLAN_XLSX";
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");
    private static final Logger log = LoggerFactory.getLogger(MrpPlanTasklet.class);

    private final MrpMasters masters;
    private final MrpPlans plans;
    private final ArtifactStore artifacts;
    private final Clock clock;

    MrpPlanTasklet(MrpMasters masters, MrpPlans plans, ArtifactStore artifacts, Clock clock) {
        this.masters = masters;
        this.plans = plans;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        var step = contribution.getStepExecution();
        var params = step.getJobExecution().getJobParameters();
        long companyId = params.getLong("companyId");
        int horizonDays = Integer.parseInt(params.getString("horizonDays"));
        String bucketParam = params.getString("bucket");
        BucketSize bucket = bucketParam == null ? BucketSize.WEEK : java.util.Arrays.stream(BucketSize.values())
                .filter(b -> b.name().equals(bucketParam.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("bucket: " + bucketParam + " is not DAY or WEEK"));
        String planDate = params.getString("planDate");
        LocalDate today = planDate == null ? LocalDate.now(clock.withZone(INDIA)) : LocalDate.parse(planDate);
        PlanningHorizon horizon = new PlanningHorizon(today, horizonDays, bucket);

        var input = masters.load(companyId);
        step.setReadCount(input.items().size());
        MrpPlan plan = MaterialRequirementsPlanning.plan(input, horizon);
        long runId = plans.store(companyId, step.getJobExecutionId(), today, horizonDays, bucket.name(),
                plan.records().size(), plan.orders().stream().map(MrpPlanTasklet::order).toList(),
                plan.exceptions().stream().map(e -> new MrpPlans.ExceptionView(e.kind().name(), e.itemCode(),
                        e.orderNumber(), e.message())).toList());
        contribution.incrementWriteCount(plan.orders().size());
        log.info("mrp company {} run {}: {} items, {} planned orders, {} exceptions", companyId, runId,
                plan.records().size(), plan.orders().size(), plan.exceptions().size());
        String title = "MRP plan of " + today + ", " + horizonDays + " days in " + bucket.name().toLowerCase(Locale.ROOT)
                + "ly buckets (run " + runId + ")";
        artifacts.store(new NewArtifact(companyId, KIND, today.toString().replace("-", ""),
                "mrp-plan-" + today + ".xlsx", CONTENT_TYPE, step.getJobExecutionId()),
                out -> MrpPlanWorkbook.write(plan, title, out));
        return RepeatStatus.FINISHED;
    }

    private static NewPlannedOrder order(PlannedOrder o) {
        return new NewPlannedOrder(o.number(), o.itemCode(), o.type(), o.quantity(), o.releaseDate(), o.dueDate(),
                o.estimatedCost(), o.pastDue(), o.pegs().stream().map(p -> new NewPlannedOrder.NewPeg(p.demandKind(),
                p.demandRef(), p.endItemCode(), p.demandDate(), p.quantity(), p.viaOrder())).toList());
    }
}
