package org.culturetargets.portal.dashboard.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where each district of a city sits on its tile map, and which groups of districts can be outlined on it: read
 * from {@code dashboard/tile-layout-<city code>.properties}. A city without such a file has no tile map.
 */
record TileLayout(Map<String, int[]> positions, Map<String, List<String>> groups) {

	private static final String GROUP = "group.";

	static Optional<TileLayout> of(String cityCode) {
		String resource = "dashboard/tile-layout-" + cityCode + ".properties";
		try (InputStream in = TileLayout.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				return Optional.empty();
			}
			Properties properties = new Properties();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			Map<String, int[]> positions = new LinkedHashMap<>();
			Map<String, List<String>> groups = new LinkedHashMap<>();
			for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
				String value = properties.getProperty(key).trim();
				if (key.startsWith(GROUP)) {
					groups.put(key.substring(GROUP.length()), List.of(value.split("\\s*,\\s*")));
				}
				else {
					String[] rowColumn = value.split("\\s*,\\s*");
					positions.put(key, new int[] { Integer.parseInt(rowColumn[0]), Integer.parseInt(rowColumn[1]) });
				}
			}
			return Optional.of(new TileLayout(positions, groups));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** This layout with more groups that can be outlined; a group the layout file names keeps its members. */
	TileLayout withGroups(Map<String, List<String>> more) {
		Map<String, List<String>> all = new LinkedHashMap<>(groups);
		more.forEach((code, members) -> {
			List<String> onMap = members.stream().filter(positions::containsKey).toList();
			if (!onMap.isEmpty()) {
				all.putIfAbsent(code, onMap);
			}
		});
		return new TileLayout(positions, all);
	}

	int rows() {
		return positions.values().stream().mapToInt(p -> p[0]).max().orElse(-1) + 1;
	}

	int columns() {
		return positions.values().stream().mapToInt(p -> p[1]).max().orElse(-1) + 1;
	}

}
