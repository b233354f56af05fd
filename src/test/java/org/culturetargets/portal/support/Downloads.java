package org.culturetargets.portal.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Downloads a CSV or Excel file over MockMvc and reads it back, as a spreadsheet would. */
public final class Downloads {

	private Downloads() {
	}

	/** The CSV's records as their fields, the header first; the file must start with the UTF-8 byte-order mark. */
	public static List<List<String>> csv(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		byte[] body = body(mvc, request, "text/csv");
		String text = new String(body, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		// a spreadsheet takes a short row, such as the note that ends a capped audit download
		return CsvReader.builder()
			.allowMissingFields(true)
			.ofCsvRecord(text.substring(1))
			.stream()
			.map(CsvRecord::getFields)
			.toList();
	}

	/** The first sheet's rows, the header first, with each cell's number format (a date's tells it from a number). */
	public static List<Row> xlsx(MockMvc mvc, MockHttpServletRequestBuilder request) throws Exception {
		byte[] body = body(mvc, request, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body),
				new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().read();
		}
	}

	private static byte[] body(MockMvc mvc, MockHttpServletRequestBuilder request, String type) throws Exception {
		return mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(type)))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

}
