package dev.lekha.hub.schedules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lekha.hub.support.HubTestDoubles;
import dev.lekha.testsupport.LekhaIntegrationTest;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.impl.matchers.KeyMatcher;
import org.quartz.listeners.TriggerListenerSupport;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two Quartz nodes clustered on the same tables (the hub's settings: JDBC store, PostgreSQL delegate,
 * clustered) share one trigger: each firing runs on exactly one node.
 */
@SpringBootTest
@ActiveProfiles("test")
@LekhaIntegrationTest
@AutoConfigureMockMvc
@Import(HubTestDoubles.class)
class QuartzClusterIT {

    private static final String CLUSTER = "lekha-cluster-it";
    private static final String DATA_SOURCE = "lekhaClusterIt";
    private static final int FIRINGS = 5;

    @Autowired
    DataSource dataSource;

    /** Quartz needs a public job class with a no-argument constructor; the firing itself is what counts. */
    public static class NothingToDo implements Job {
        @Override
        public void execute(JobExecutionContext context) {
        }
    }

    private record Firing(String node, Instant scheduledFor) {
    }

    @Test
    void aTriggerSharedByTwoClusteredNodesFiresOncePerFiringTime() throws Exception {
        // given two nodes of one clustered scheduler on the test database, each recording what it fires
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new SpringDataSourceProvider(dataSource));
        Queue<Firing> firings = new ConcurrentLinkedQueue<>();
        TriggerKey key = TriggerKey.triggerKey("every-second-" + System.nanoTime(), "cluster-it");
        Scheduler nodeA = node("node-a", key, firings);
        Scheduler nodeB = node("node-b", key, firings);
        try {
            nodeA.start();
            nodeB.start();
            // both are members of one cluster (unclustered nodes never check in here)
            assertThat(new JdbcTemplate(dataSource).queryForList(
                    "select instance_name from qrtz_scheduler_state where sched_name = ? order by instance_name",
                    String.class, CLUSTER)).containsExactly("node-a", "node-b");

            // when a trigger firing every second, FIRINGS times, is scheduled through node A
            nodeA.scheduleJob(JobBuilder.newJob(NothingToDo.class).withIdentity(key.getName(), key.getGroup()).build(),
                    TriggerBuilder.newTrigger().withIdentity(key)
                            .startAt(Date.from(Instant.now().plusSeconds(1)))
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForTotalCount(FIRINGS))
                            .build());
            // and runs to completion (Quartz deletes a finished trigger after its last job has run)
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (nodeA.checkExists(key) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(nodeA.checkExists(key)).as("trigger finished within a minute").isFalse();
        } finally {
            nodeA.shutdown(true);
            nodeB.shutdown(true);
        }

        // then it fired FIRINGS times in all, once for each scheduled time, not once per node
        List<Firing> all = new ArrayList<>(firings);
        assertThat(all).hasSize(FIRINGS);
        assertThat(all).extracting(Firing::scheduledFor).doesNotHaveDuplicates();
        assertThat(all).extracting(Firing::node).isSubsetOf("node-a", "node-b");
    }

    private static Scheduler node(String instanceId, TriggerKey key, Queue<Firing> firings) throws Exception {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
        p.setProperty("org.quartz.scheduler.instanceId", instanceId);
        p.setProperty("org.quartz.scheduler.idleWaitTime", "1000");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        StdSchedulerFactory factory = new StdSchedulerFactory();
        factory.initialize(p);
        Scheduler scheduler = factory.getScheduler();
        // Quartz keeps one scheduler per name in a JVM-wide registry; two nodes in one JVM must not meet there
        SchedulerRepository.getInstance().remove(CLUSTER);
        scheduler.getListenerManager().addTriggerListener(new TriggerListenerSupport() {
            @Override
            public String getName() {
                return "record-" + instanceId;
            }

            @Override
            public void triggerFired(Trigger trigger, JobExecutionContext context) {
                firings.add(new Firing(instanceId, context.getScheduledFireTime().toInstant()));
            }
        }, KeyMatcher.keyEquals(key));
        return scheduler;
    }

    /** Hands Quartz connections from the test's pooled data source. */
    private record SpringDataSourceProvider(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
        }

        @Override
        public void initialize() {
        }
    }
}
