package org.culturetargets.portal.imports.domain;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the import centre: a file over the size or row limit is refused before it is parsed; a preview lists
 * at most {@code maxProblems} problems (and counts them all); a preview not committed within {@code keepPreviewHours}
 * is discarded. At most {@code maxParallelParsing} files are read at once; another waits {@code parsingWait} for
 * its turn, then is refused as busy.
 */
@ConfigurationProperties("portal.imports")
public record ImportSettings(DataSize maxFileSize, int maxRows, int maxColumns, int maxCellChars, int maxProblems,
		int keepPreviewHours, int maxParallelParsing, Duration parsingWait) {

	public ImportSettings {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(200) : maxFileSize;
		maxRows = maxRows == 0 ? 2_000_000 : maxRows;
		maxColumns = maxColumns == 0 ? 200 : maxColumns;
		maxCellChars = maxCellChars == 0 ? 2_000 : maxCellChars;
		maxProblems = maxProblems == 0 ? 1_000 : maxProblems;
		keepPreviewHours = keepPreviewHours == 0 ? 24 : keepPreviewHours;
		maxParallelParsing = maxParallelParsing == 0 ? 2 : maxParallelParsing;
		parsingWait = parsingWait == null ? Duration.ofSeconds(2) : parsingWait;
	}

}
