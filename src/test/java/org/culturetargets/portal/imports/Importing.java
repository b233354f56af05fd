package org.culturetargets.portal.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.culturetargets.portal.registry.CreditCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/** What the import tests share: files as users send them, and enterprises of their own to import figures for. */
final class Importing {

	private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

	private Importing() {
	}

	static MockMultipartHttpServletRequestBuilder upload(String kind, boolean dryRun, String fileName, byte[] content) {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/imports/{kind}", kind)
			.file(new MockMultipartFile("file", fileName, "text/csv", content));
		request.param("dryRun", String.valueOf(dryRun)).with(httpBasic("admin", "demo"));
		return request;
	}

	static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] csv(String text, Charset charset) {
		return text.getBytes(charset);
	}

	/** A valid credit code that no other test uses, registered in 西湖区 (330106). */
	static String newCreditCode() {
		String first17 = "91330106" + "T%08dX".formatted(SERIAL.incrementAndGet()).substring(0, 9);
		return first17 + CreditCode.checkCharacter(first17);
	}

	/** An enterprise below the size threshold, so that its figures change no derived indicator of other tests. */
	static String newEnterprise(JdbcClient jdbc) {
		String code = newCreditCode();
		jdbc.sql("""
				insert into registry.enterprise (credit_code, name, area_code, industry_class, above_size, updated_by)
				values (?, ?, '330106', (select min(code) from registry.industry_class), false, 'test')
				""").params(code, "导入测试企业 " + code).update();
		return code;
	}

	/** An enterprise's stored figures, e.g. {@code 2025Q1=1234.50/18 2025Q2=12345.00/-}. */
	static String figuresOf(JdbcClient jdbc, String creditCode) {
		return jdbc.sql("""
				select string_agg(f.period || '=' || f.revenue || '/' || coalesce(f.employees::text, '-'), ' ' order by f.period)
				from registry.enterprise_figure f join registry.enterprise e on e.id = f.enterprise_id
				where e.credit_code = ?""").param(creditCode).query(String.class).single();
	}

}
