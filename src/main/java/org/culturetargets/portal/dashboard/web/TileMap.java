package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.culturetargets.portal.shared.web.DisplayFormat;

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

	/** Five shades from light (smallest values) to dark (largest), given by rank. */
	static final int BIN_COUNT = 5;

	/**
	 * @param bin the value's shade, 0 to {@link #BIN_COUNT} − 1; −1 without a value
	 * @param groups the codes of the groups the district belongs to, space-separated (for the outline switch)
	 */
	/** Whether any district has a target on the indicator: else there is no status to colour by. */
	public boolean hasTargets() {
		return tiles.stream().anyMatch(tile -> !"NO_TARGET".equals(tile.statusKey()));
	}

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
		List<BigDecimal> values = rows.stream().map(DistrictComparison.Row::value).filter(Objects::nonNull)
			.sorted().toList();
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
					bin(row.value(), values), groups, row.current()));
		}
		List<Group> groups = layout.groups().keySet().stream()
			.filter(groupNames::containsKey)
			.map(code -> new Group(code, groupNames.get(code)))
			.toList();
		List<Bin> bins = new ArrayList<>();
		for (int b = 0; b < BIN_COUNT; b++) {
			int shade = b;
			List<BigDecimal> inBin = values.stream().filter(v -> bin(v, values) == shade).toList();
			if (!inBin.isEmpty()) {
				bins.add(new Bin(b, format.number(inBin.get(0), scale), format.number(inBin.get(inBin.size() - 1), scale)));
			}
		}
		return new TileMap(layout.columns() * (TILE_WIDTH + GAP), layout.rows() * (TILE_HEIGHT + GAP), tiles, groups,
				bins);
	}

	/**
	 * The shade by rank, not by equal intervals: one district far ahead of the others (as Yuhang is) would otherwise
	 * leave all the rest in the lightest shade. The smallest value gets the lightest shade, the largest the darkest,
	 * equal values the same; −1 without a value.
	 */
	private static int bin(BigDecimal value, List<BigDecimal> sortedValues) {
		if (value == null) {
			return -1;
		}
		if (sortedValues.size() == 1) {
			return BIN_COUNT / 2;
		}
		int rank = 0;
		while (sortedValues.get(rank).compareTo(value) < 0) {
			rank++;
		}
		return Math.round((float) rank * (BIN_COUNT - 1) / (sortedValues.size() - 1));
	}

}
