package dev.lekha.hub.observability;

import org.springframework.batch.core.job.AbstractJob;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Registers {@link JobRunObserver} on every Spring Batch job bean, so each job gets metrics and
 * log context without its configuration having to remember the listener.
 */
@Component
public class JobRunObservation implements BeanPostProcessor {

    private final ObjectProvider<JobRunObserver> observer;

    /** @param observer looked up when the first job appears, after the meter registry exists */
    public JobRunObservation(ObjectProvider<JobRunObserver> observer) {
        this.observer = observer;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractJob job) {
            job.registerJobExecutionListener(observer.getObject());
        }
        return bean;
    }
}
