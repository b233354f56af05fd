package org.culturetargets.portal.dashboard.web;

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
 * Renders a Thymeleaf template (well-formed XHTML with its own print CSS) to PDF with openhtmltopdf. Chinese text
 * uses the bundled Droid Sans Fallback (a TrueType font PDFBox embeds, Apache 2.0, see {@code fonts/README.txt}), so
 * the PDF reads the same on a machine without Chinese fonts.
 */
@Component
class PdfDocuments {

	/** The font family name templates use in their CSS. */
	static final String CJK_FONT = "Droid Sans Fallback";

	private static final String FONT_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	PdfDocuments(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	byte[] render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
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
			// the same face for normal and bold, so no text falls back to a PDF base font that is not embedded
			for (int weight : new int[] { 400, 700 }) {
				builder.useFont(() -> PdfDocuments.class.getResourceAsStream(FONT_RESOURCE), CJK_FONT, weight,
						BaseRendererBuilder.FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(html, request.getRequestURL().toString());
			builder.toStream(pdf);
			builder.run();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return pdf.toByteArray();
	}

}
