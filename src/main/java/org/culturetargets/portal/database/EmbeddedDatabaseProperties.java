package org.culturetargets.portal.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded PostgreSQL keeps its data, and whether it starts from an empty directory (tests do).
 */
@ConfigurationProperties("portal.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, boolean clean) {

	public EmbeddedDatabaseProperties {
		if (dataDirectory == null) {
			dataDirectory = Path.of("data", "postgres");
		}
	}

}
