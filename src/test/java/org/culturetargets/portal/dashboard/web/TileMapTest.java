package org.culturetargets.portal.dashboard.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.culturetargets.portal.shared.web.DisplayFormat;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The tile map's shades and places, from Hangzhou's layout file. */
class TileMapTest {

	private final TileLayout hangzhou = TileLayout.of("330100").orElseThrow();

	private static DistrictComparison.Row row(String code, String value) {
		return new DistrictComparison.Row(code, code, value == null ? null : new BigDecimal(value), value, null, false,
				null, null, false);
	}

	private Map<String, Integer> shades(List<DistrictComparison.Row> rows) {
		TileMap map = TileMap.of(hangzhou, rows, Map.of(), code -> "/" + code, 1, new DisplayFormat(new StaticMessageSource()));
		return map.tiles().stream().collect(Collectors.toMap(TileMap.Tile::code, TileMap.Tile::bin));
	}

	@Test
	void oneDistrictFarAheadDoesNotLeaveTheOthersInOneShade() {
		assertThat(shades(List.of(row("330102", "10"), row("330105", "20"), row("330106", "30"), row("330108", "40"),
				row("330110", "1000"), row("330122", null))))
			.containsEntry("330102", 0).containsEntry("330105", 1).containsEntry("330106", 2)
			.containsEntry("330108", 3).containsEntry("330110", 4).containsEntry("330122", -1);
	}

	@Test
	void equalValuesShareAShade() {
		assertThat(shades(List.of(row("330102", "5"), row("330105", "5"), row("330106", "9"))))
			.containsEntry("330102", 0).containsEntry("330105", 0).containsEntry("330106", 4);
	}

	@Test
	void everyDistrictOfHangzhouHasItsOwnPlace() {
		assertThat(hangzhou.positions()).hasSize(13);
		assertThat(hangzhou.positions().values().stream().map(p -> p[0] + "," + p[1]).distinct()).hasSize(13);
		assertThat(hangzhou.groups().get("western-districts")).containsExactlyInAnyOrder("330111", "330112", "330122",
				"330127", "330182");
	}

	@Test
	void aCityWithoutALayoutHasNoTileMap() {
		assertThat(TileLayout.of("110000")).isEmpty();
	}

}
