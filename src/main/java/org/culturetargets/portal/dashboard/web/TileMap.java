package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A grid cartogram of a city's districts, drawn on the server as SVG by the fragment
 * {@code dashboard/fragments :: tileMap(map)}: equal tiles placed roughly where the districts lie, each labelled with
 * its name, its value and (by status) its status in words, so colour is never the only cue. A switch colours the
 * tiles by status or by value; a group chosen in the list is outlined.
 */
public record TileMap(int width, int height, List<Tile> tiles, List<Group> groups, List<Bin> bins) {

	static final int TILE_WIDTH = 112;

	static final int TILE_HEIGHT = 72;

	static final int GAP = 6;

	/** Five shades from light (smallest values) to dark (largest). */
	static final int BIN_COUNT = 5;

	/**
	 * @param bin the value's shade, 0 to {@link #BIN_COUNT} − 1; −1 without a value
	 * @param groups the codes of the groups the district belongs to, space-separated (for the outline switch)
	 */
	public record Tile(String code, String name, String href, int x, int y, int centreX, String valueText,
			String statusKey, int bin, String groups, boolean current) {

		/** The darker shades carry white text. */
		public boolean dark() {
			return bin >= 3;
		}

	}

	public record Group(String code, String name) {
	}

	/** A shade of the value scale and the values it covers, for the legend. */
	public record Bin(int bin, String from, String to) {
	}

	/**
	 * @param rows the districts' values (those the layout does not place are left out)
	 * @param groupNames names of the layout's groups by code; a group without a name is left out
	 * @param href where a tile leads, given the district's code
	 */
	static TileMap of(TileLayout layout, List<DistrictComparison.Row> rows, Map<String, String> groupNames,
			Function<String, String> href, int scale, DisplayFormat format) {
		List<BigDecimal> values = rows.stream().map(DistrictComparison.Row::value).filter(Objects::nonNull).toList();
		BigDecimal min = values.stream().min(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		List<Tile> tiles = new ArrayList<>();
		for (DistrictComparison.Row row : rows) {
			int[] position = layout.positions().get(row.code());
			if (position == null) {
				continue;
			}
			int x = position[1] * (TILE_WIDTH + GAP);
			int y = position[0] * (TILE_HEIGHT + GAP);
			String groups = layout.groups().entrySet().stream()
				.filter(g -> g.getValue().contains(row.code()))
				.map(Map.Entry::getKey)
				.collect(Collectors.joining(" "));
			String statusKey = row.status() == null ? "NO_TARGET" : row.status().name();
			tiles.add(new Tile(row.code(), row.name(), href.apply(row.code()), x, y, x + TILE_WIDTH / 2, row.display(), statusKey,
					bin(row.value(), min, max), groups, row.current()));
		}
		List<Group> groups = layout.groups().keySet().stream()
			.filter(groupNames::containsKey)
			.map(code -> new Group(code, groupNames.get(code)))
			.toList();
		List<Bin> bins = new ArrayList<>();
		if (!values.isEmpty()) {
			BigDecimal step = max.subtract(min).divide(BigDecimal.valueOf(BIN_COUNT), scale + 2, RoundingMode.HALF_UP);
			for (int b = 0; b < BIN_COUNT; b++) {
				BigDecimal from = min.add(step.multiply(BigDecimal.valueOf(b)));
				BigDecimal to = b == BIN_COUNT - 1 ? max : min.add(step.multiply(BigDecimal.valueOf(b + 1)));
				bins.add(new Bin(b, format.number(from, scale), format.number(to, scale)));
			}
		}
		return new TileMap(layout.columns() * (TILE_WIDTH + GAP), layout.rows() * (TILE_HEIGHT + GAP), tiles, groups,
				bins);
	}

	/** Equal intervals between the smallest and the largest value; all in the middle shade when they are equal. */
	private static int bin(BigDecimal value, BigDecimal min, BigDecimal max) {
		if (value == null) {
			return -1;
		}
		BigDecimal range = max.subtract(min);
		if (range.signum() == 0) {
			return BIN_COUNT / 2;
		}
		int bin = value.subtract(min).multiply(BigDecimal.valueOf(BIN_COUNT)).divide(range, 0, RoundingMode.FLOOR).intValue();
		return Math.min(bin, BIN_COUNT - 1);
	}

}
