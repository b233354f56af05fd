package org.culturetargets.portal.imports;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.culturetargets.portal.imports.read.XlsxFiles;
import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.culturetargets.portal.imports.Importing.upload;
import static org.culturetargets.portal.imports.read.XlsxFiles.HUGE;
import static org.culturetargets.portal.imports.read.XlsxFiles.workbook;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * Issue 19 through the API and the page: workbooks of a few MB whose one text has 250 million characters are refused
 * naming the cell while they are read, the request allocating what a small file does (MockMvc runs it on this
 * thread, so this thread's allocations are the witness), and the portal stays healthy.
 */
@PortalTest
class XlsxUploadBoundsTest {

	static final long CHARS = 250_000_000;

	/** The upload's copies and the readers' bounded buffers, with room to spare; the text alone would be 500 MB. */
	static final long MAX_ALLOCATED = 128L * 1024 * 1024;

	static final String FIRST_ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>";

	@Autowired
	MockMvc mvc;

	@TempDir
	Path dir;

	private byte[] huge(String sheetData, String... sharedStrings) throws Exception {
		return Files.readAllBytes(XlsxFiles.hugeZip(dir.resolve("huge.xlsx"), workbook(sheetData, sharedStrings), CHARS));
	}

	private void assertRefused(byte[] workbook, String reason, String detail) throws Exception {
		long before = allocated();
		mvc.perform(upload("values", true, "巨大.xlsx", workbook))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.reason").value(reason))
			.andExpect(jsonPath("$.detail").value(containsString(detail)));
		assertThat(allocated() - before).as("bytes allocated by the request").isLessThan(MAX_ALLOCATED);
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void inlineStringOf250MillionCharactersIsRefusedNamingItsCell() throws Exception {
		assertRefused(huge(FIRST_ROW + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + HUGE + "</t></is></c></row>"),
				"imports.file.cellTooLong", "第 2 行 B 列的内容超过 2,000 个字符");
	}

	@Test
	void valueOf250MillionCharactersIsRefusedNamingItsCell() throws Exception {
		assertRefused(huge(FIRST_ROW + "<row r=\"2\"><c r=\"B2\" t=\"str\"><v>" + HUGE + "</v></c></row>"),
				"imports.file.cellTooLong", "第 2 行 B 列");
	}

	@Test
	void sharedStringOf250MillionCharactersIsRefused() throws Exception {
		assertRefused(huge(FIRST_ROW + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>0</v></c></row>", HUGE),
				"imports.file.sharedTextTooLong", "第 1 个文本超过 2,000 个字符");
	}

	@Test
	void attributeOf250MillionCharactersIsRefused() throws Exception {
		assertRefused(huge(FIRST_ROW + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\" x=\"" + HUGE + "\"><is><t>a</t></is></c></row>"),
				"imports.file.markupTooLong", "xl/worksheets/sheet1.xml");
	}

	@Test
	void rowOf16000LongCellsIsRefusedAtTheColumnLimit() throws Exception {
		// 2,000 letters a cell, 32 million in all, varied so that they deflate as text does
		Random random = new Random(19);
		StringBuilder row = new StringBuilder(FIRST_ROW + "<row r=\"2\">");
		for (int i = 0; i < 16_000; i++) {
			row.append("<c t=\"inlineStr\"><is><t>");
			for (int j = 0; j < 2000; j++) {
				row.append(j % 200 == 0 ? (char) ('a' + random.nextInt(26)) : 'x');
			}
			row.append("</t></is></c>");
		}
		byte[] workbook = Files.readAllBytes(
				XlsxFiles.hugeZip(dir.resolve("columns.xlsx"), workbook(row.append("</row>").toString()), 0));
		assertRefused(workbook, "imports.file.tooManyColumns", "第 2 行超过 200 列");
	}

	@Test
	void thePageRefusesItNamingTheCellInTheReadersLanguage() throws Exception {
		byte[] workbook = huge(FIRST_ROW + "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>" + HUGE + "</t></is></c></row>");
		mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "huge.xlsx", "application/octet-stream", workbook))
			.param("kind", "values")
			.param("lang", "en")
			.with(user("admin").roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='refusal']").string(containsString("row 2, column B is longer than")));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	static long allocated() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
	}

}
