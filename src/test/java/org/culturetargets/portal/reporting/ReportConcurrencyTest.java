package org.culturetargets.portal.reporting;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.culturetargets.portal.reporting.domain.ReportingCalendar;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many saves of one report racing over real HTTP (SPEC §8, issue 7): of the saves naming the same version exactly one
 * wins and every other is refused saying who saved first; writers that reload and retry on a conflict never lose each
 * other's changes, and the stored report is the last accepted save.
 */
@PortalTest
class ReportConcurrencyTest {

	static final String AREA = "330122";

	static final String USER = "district-" + AREA;

	static final int WRITERS = 16;

	final HttpClient http = HttpClient.newHttpClient();

	final JsonMapper json = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ReportingCalendar calendar;

	@Test
	void ofManySavesOfTheSameVersionExactlyOneWinsAndRetriesLoseNothing() throws Exception {
		assertThat(put(0, "起始").statusCode()).isEqualTo(200);

		List<HttpResponse<String>> raced = race(WRITERS, i -> put(1, "writer " + i));
		List<HttpResponse<String>> won = raced.stream().filter(r -> r.statusCode() == 200).toList();
		assertThat(won).hasSize(1);
		assertThat(raced).filteredOn(r -> r.statusCode() == 409).hasSize(WRITERS - 1);
		assertThat(raced).filteredOn(r -> r.statusCode() == 409)
			.allSatisfy(refused -> assertThat(refused.body()).contains("was changed by " + USER));
		JsonNode afterRace = read();
		assertThat(afterRace.get("version").asInt()).isEqualTo(2);
		assertThat(afterRace.get("narrative").asString()).isEqualTo(json.readTree(won.get(0).body()).get("narrative").asString());

		// each writer appends its mark, reloading and retrying whenever someone else got in first
		List<HttpResponse<String>> accepted = race(WRITERS, i -> {
			while (true) {
				JsonNode current = read();
				HttpResponse<String> response = put(current.get("version").asInt(),
						current.get("narrative").asString() + " [" + i + "]");
				if (response.statusCode() != 409) {
					return response;
				}
			}
		});
		accepted.forEach(r -> assertThat(r.statusCode()).isEqualTo(200));
		JsonNode end = read();
		assertThat(end.get("version").asInt()).isEqualTo(2 + WRITERS);
		JsonNode last = accepted.stream().map(r -> json.readTree(r.body()))
			.max(Comparator.comparingInt(r -> r.get("version").asInt())).orElseThrow();
		assertThat(end.get("narrative").asString()).as("the stored report is the last accepted save")
			.isEqualTo(last.get("narrative").asString());
		for (int i = 0; i < WRITERS; i++) {
			assertThat(end.get("narrative").asString()).contains("[" + i + "]");
		}
	}

	interface Writer {

		HttpResponse<String> write(int index) throws Exception;

	}

	private List<HttpResponse<String>> race(int writers, Writer writer) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < writers; i++) {
				int index = i;
				Callable<HttpResponse<String>> task = () -> {
					start.await();
					return writer.write(index);
				};
				futures.add(pool.submit(task));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> f : futures) {
				responses.add(f.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpResponse<String> put(int version, String narrative) throws Exception {
		String body = json.writeValueAsString(Map.of("version", version, "narrative", narrative, "values",
				Map.of("employment", Map.of("value", "4.5"))));
		return http.send(request().PUT(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private JsonNode read() throws Exception {
		HttpResponse<String> response = http.send(request().GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return json.readTree(response.body());
	}

	private HttpRequest.Builder request() {
		String credentials = Base64.getEncoder().encodeToString((USER + ":demo").getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/reports/" + AREA + "/" + calendar.currentQuarter()))
			.header("Authorization", "Basic " + credentials);
	}

}
