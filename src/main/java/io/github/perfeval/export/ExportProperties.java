package io.github.perfeval.export;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Batch exports ({@code perfeval.exports.*}): how many jobs this instance runs at once
 * ({@code workers}, 0 = it runs none, another instance does), how often idle workers look
 * for a job, how long a claimed job's lease lasts without a heartbeat before another
 * instance takes it over, every how many departments progress (and the cancel flag) is
 * written and read, how long a finished file is kept, how often expired files are
 * deleted, the size of a stored file's chunks, and the most departments one job may take.
 */
@Validated
@ConfigurationProperties("perfeval.exports")
public record ExportProperties(@DefaultValue("1") @Min(0) @Max(8) int workers,
		@DefaultValue("2s") @DurationMin(millis = 50) Duration pollInterval,
		@DefaultValue("2m") @DurationMin(seconds = 1) Duration lease,
		@DefaultValue("25") @Min(1) @Max(10000) int progressEvery,
		@DefaultValue("24h") @DurationMin(minutes = 1) Duration retention,
		@DefaultValue("10m") @DurationMin(seconds = 1) Duration cleanupInterval,
		@DefaultValue("1MB") DataSize chunkSize, @DefaultValue("20000") @Min(1) @Max(100000) int maxDepartments) {

	public ExportProperties {
		if (chunkSize.toBytes() < 1024 || chunkSize.toBytes() > 64L * 1024 * 1024) {
			throw new IllegalArgumentException("perfeval.exports.chunk-size must be between 1KB and 64MB");
		}
	}

	/**
	 * The heartbeat comes at least this often, well inside the lease, also while progress
	 * is not due yet.
	 */
	Duration heartbeat() {
		return lease.dividedBy(4);
	}

}
