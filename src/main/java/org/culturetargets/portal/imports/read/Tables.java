package org.culturetargets.portal.imports.read;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

public final class Tables {

	private Tables() {
	}

	public static TableSummary read(Path file, String fileName, TableLimits limits, RowSink sink) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			int last = 0;
			for (CSVRecord record : CSVFormat.DEFAULT.parse(reader)) {
				List<String> cells = new ArrayList<>();
				record.forEach(cell -> cells.add(cell.strip()));
				last = (int) record.getRecordNumber();
				if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
					sink.row(last, cells);
				}
			}
			return new TableSummary("CSV", "UTF-8", last);
		}
		catch (IOException e) {
			throw new UnreadableFile("imports.file.notATable");
		}
	}

}
