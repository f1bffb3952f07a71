package org.opentrade.platform.jobs;

/**
 * Background work that must run on one instance at a time: a Spring bean of this type is run by
 * {@link PeriodicJobs} on its own thread, every {@link JobSchedule#periodMs()}, by whichever instance takes its
 * lease. A run does bounded work and, before each write batch, asks {@link JobLease#hasTime()}: once it answers
 * false the run stops and leaves the rest to the next period, so it never writes after its lease could have
 * passed to another instance. A run that throws is logged; the next period runs again.
 */
public interface PeriodicJob {

    JobSchedule schedule();

    void run(JobLease lease);
}
