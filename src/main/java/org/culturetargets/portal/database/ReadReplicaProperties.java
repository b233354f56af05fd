package org.culturetargets.portal.database;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A PostgreSQL streaming standby for read-only transactions, used when {@code url} is set. The user name and
 * password default to the primary's. A read waits at most {@code catchUpWait} for the standby to replay this
 * node's last write, then reads from the primary instead.
 */
@ConfigurationProperties("portal.datasource.replica")
public record ReadReplicaProperties(String url, String username, String password,
		@DefaultValue("250ms") Duration catchUpWait) {
}
