package org.culturetargets.portal.shared.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Renders a Thymeleaf template (well-formed XHTML with its own print CSS) to PDF with openhtmltopdf. Text uses
 * the bundled DejaVu Sans and, for Chinese, Droid Sans Fallback (TrueType fonts PDFBox embeds, see
 * {@code fonts/README.txt}), so the PDF reads the same on a machine without Chinese fonts.
 */
@Component
public class PdfDocuments {

	/** The font families templates name in their CSS: DejaVu Sans for Latin text and symbols, then the CJK font. */
	public static final String LATIN_FONT = "DejaVu Sans";

	public static final String CJK_FONT = "Droid Sans Fallback";

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	PdfDocuments(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	public byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response), locale, model);
		// lets the template call beans (@displayFormat) as it does when rendered as a page
		context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
				new ThymeleafEvaluationContext(application, null));
		String html = templates.process(template, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			font(builder, "/fonts/DejaVuSans.ttf", LATIN_FONT, 400);
			font(builder, "/fonts/DejaVuSans-Bold.ttf", LATIN_FONT, 700);
			// the CJK font has no bold face: the same face for bold, so no text falls back to a font not embedded
			font(builder, "/fonts/DroidSansFallbackFull.ttf", CJK_FONT, 400);
			font(builder, "/fonts/DroidSansFallbackFull.ttf", CJK_FONT, 700);
			builder.withHtmlContent(html, request.getRequestURL().toString());
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

	private static void font(PdfRendererBuilder builder, String resource, String family, int weight) {
		builder.useFont(() -> PdfDocuments.class.getResourceAsStream(resource), family, weight,
				BaseRendererBuilder.FontStyle.NORMAL, true);
	}

}
