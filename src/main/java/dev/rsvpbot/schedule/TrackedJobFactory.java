package dev.rsvpbot.schedule;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

import java.time.Clock;
import java.util.Map;

/** Hands Quartz a {@link TrackedJob} built with its dependencies, instead of Quartz's reflective no-arg construction. */
final class TrackedJobFactory implements JobFactory {
    private final Map<String, JobRecord> records;
    private final Clock clock;

    TrackedJobFactory(Map<String, JobRecord> records, Clock clock) {
        this.records = Map.copyOf(records);
        this.clock = clock;
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        String name = bundle.getJobDetail().getKey().getName();
        JobRecord record = records.get(name);
        if (record == null) {
            throw new SchedulerException("no job registered under the name '" + name + "'");
        }
        return new TrackedJob(record, clock);
    }
}
