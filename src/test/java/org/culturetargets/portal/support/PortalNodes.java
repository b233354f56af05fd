package org.culturetargets.portal.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.culturetargets.portal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Several portal applications in one JVM, each a Spring context of its own on its own random port, on one real
 * PostgreSQL of their own (embedded, in a clean directory under {@code target/}), with sessions in the database: the
 * deployment of two nodes behind a load balancer, short of the balancer. Nodes start one after the other (the first
 * migrates the schema). A test reaches a node's beans through {@link #context(int)}, e.g. to run one scheduled job
 * on every node at once and count in {@link #jdbc()} how often it did its work.
 */
public final class PortalNodes implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	private final SingleConnectionDataSource direct;

	private final Map<String, Object> settings;

	private final NodeExtras extras;

	/**
	 * @param count how many nodes
	 * @param properties settings for every node besides the test profile's, e.g. shorter intervals
	 * @param extras what each node registers besides the portal (test endpoints), given each node's context
	 */
	public PortalNodes(int count, Map<String, Object> properties, NodeExtras extras) throws IOException {
		Path data = Path.of("target", "portal-nodes", UUID.randomUUID().toString()).toAbsolutePath();
		postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(true).start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		direct = new SingleConnectionDataSource(url, "postgres", "", true);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("spring.datasource.url", url);
		settings.put("spring.datasource.username", "postgres");
		settings.put("spring.datasource.password", "");
		settings.put("server.port", 0);
		settings.put("portal.sessions.store", "database");
		settings.putAll(properties);
		this.settings = settings;
		this.extras = extras;
		try {
			for (int i = 0; i < count; i++) {
				start(Map.of());
			}
		}
		catch (RuntimeException e) {
			close();
			throw e;
		}
	}

	/** One more node, with settings of its own besides the others'; its number. */
	public int start(Map<String, Object> overrides) {
		Map<String, Object> own = new LinkedHashMap<>(settings);
		own.putAll(overrides);
		// as command-line arguments, which override the application's properties files
		String[] arguments = own.entrySet()
			.stream()
			.map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
			.toArray(String[]::new);
		nodes.add(new SpringApplicationBuilder(PortalApplication.class).profiles("test")
			.initializers(context -> extras.register((GenericApplicationContext) context))
			.run(arguments));
		return nodes.size() - 1;
	}

	/** What a test adds to every node. */
	@FunctionalInterface
	public interface NodeExtras {

		void register(GenericApplicationContext context);

	}

	public ConfigurableApplicationContext context(int node) {
		return nodes.get(node);
	}

	public int port(int node) {
		return ((WebServerApplicationContext) nodes.get(node)).getWebServer().getPort();
	}

	public String url(int node, String path) {
		return "http://localhost:" + port(node) + path;
	}

	/** The shared database, not through any node's pool (nor its transactions). */
	public JdbcClient jdbc() {
		return JdbcClient.create(direct);
	}

	/** A node stopped as SIGTERM stops it: the context closes, the web server shutting down gracefully. */
	public void stop(int node) {
		nodes.get(node).close();
	}

	@Override
	public void close() throws IOException {
		for (ConfigurableApplicationContext node : nodes) {
			node.close();
		}
		direct.destroy();
		postgres.close();
	}

}
