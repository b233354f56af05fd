package org.culturetargets.portal.evidence.domain;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.culturetargets.portal.evidence.EvidenceRefused;

/**
 * An SVG is a document that a browser runs: it is accepted only without anything that could run or reach out.
 * Read with a parser that takes no DTD and resolves no entity (a DOCTYPE is refused outright), it may hold no
 * {@code <script>}, no {@code <foreignObject>}, no {@code on…} event attribute, no {@code javascript:} URL, no
 * reference outside the file (a link, {@code href}, {@code src} or CSS {@code url()} other than {@code #fragment}
 * or an embedded {@code data:image/…}), and no processing instruction (a style sheet link).
 */
class SvgCheck {

	private static final Pattern CSS_URL = Pattern.compile("url\\s*\\(\\s*['\"]?\\s*([^'\")\\s]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern INVISIBLE = Pattern.compile("[\\s\\x00-\\x1f]+");

	private final XMLInputFactory factory;

	SvgCheck() {
		// the JDK's own parser, whichever StAX implementation is on the class path (aalto comes with fastexcel)
		factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("no external entity: " + systemId);
		});
	}

	void check(String name, byte[] content) {
		XMLStreamReader reader = null;
		try {
			reader = factory.createXMLStreamReader(new ByteArrayInputStream(content));
			while (reader.hasNext()) {
				switch (reader.next()) {
					case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> unsafe(name, "<!DOCTYPE>");
					case XMLStreamConstants.PROCESSING_INSTRUCTION -> unsafe(name, "<?" + reader.getPITarget() + "?>");
					case XMLStreamConstants.START_ELEMENT -> element(name, reader);
					case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> css(name, reader.getText());
					default -> {
					}
				}
			}
		}
		catch (XMLStreamException e) {
			throw new EvidenceRefused("evidence.refused.svgUnreadable", name);
		}
		finally {
			close(reader);
		}
	}

	private static void element(String name, XMLStreamReader reader) {
		String element = reader.getLocalName();
		if (element.equalsIgnoreCase("script") || element.equalsIgnoreCase("foreignObject")) {
			unsafe(name, "<" + element + ">");
		}
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			String attribute = reader.getAttributeLocalName(i);
			String value = reader.getAttributeValue(i);
			String lower = attribute.toLowerCase(Locale.ROOT);
			if (lower.startsWith("on")) {
				unsafe(name, attribute);
			}
			// an animation may set an event attribute or a link, <set attributeName="onclick" to="…">
			String target = value.strip().toLowerCase(Locale.ROOT);
			if (lower.equals("attributename") && (target.startsWith("on") || target.endsWith("href"))) {
				unsafe(name, attribute + "=\"" + shortened(value) + "\"");
			}
			if (INVISIBLE.matcher(value).replaceAll("").toLowerCase(Locale.ROOT).contains("javascript:")) {
				unsafe(name, "javascript:");
			}
			if ((lower.equals("href") || lower.equals("src")) && !isInside(value)) {
				unsafe(name, attribute + "=\"" + shortened(value) + "\"");
			}
			css(name, value);
		}
	}

	/** CSS, in a style element or attribute (or any attribute that takes a paint: fill="url(…)"), stays in the file. */
	private static void css(String name, String text) {
		if (text.toLowerCase(Locale.ROOT).contains("@import")) {
			unsafe(name, "@import");
		}
		var urls = CSS_URL.matcher(text);
		while (urls.find()) {
			if (!isInside(urls.group(1))) {
				unsafe(name, "url(" + shortened(urls.group(1)) + ")");
			}
		}
	}

	private static boolean isInside(String reference) {
		String value = INVISIBLE.matcher(reference).replaceAll("").toLowerCase(Locale.ROOT);
		return value.startsWith("#") || value.startsWith("data:image/png") || value.startsWith("data:image/jpeg")
				|| value.startsWith("data:image/gif") || value.startsWith("data:image/webp");
	}

	private static String shortened(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	private static void unsafe(String name, String what) {
		throw new EvidenceRefused("evidence.refused.svgUnsafe", name, what);
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			}
			catch (XMLStreamException e) {
				// the document was read or refused: nothing is left to release
			}
		}
	}

}
