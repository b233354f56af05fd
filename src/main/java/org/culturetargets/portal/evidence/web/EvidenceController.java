package org.culturetargets.portal.evidence.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.culturetargets.portal.evidence.EvidenceContent;
import org.culturetargets.portal.evidence.EvidenceFiles;
import org.culturetargets.portal.evidence.domain.EvidenceDamaged;

import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Evidence files are downloaded, never shown: an attachment under its original name, of the type its content was
 * recognised as, which the browser may not second-guess (nosniff) and which, opened anyway, runs in a sandbox with
 * no script and no origin. A file that no longer matches its checksum is a page saying so, not its bytes.
 */
@Controller
class EvidenceController {

	private static final Logger log = LoggerFactory.getLogger(EvidenceController.class);

	private final EvidenceFiles evidence;

	private final MessageSource messages;

	EvidenceController(EvidenceFiles evidence, MessageSource messages) {
		this.evidence = evidence;
		this.messages = messages;
	}

	@GetMapping("/evidence/{id}")
	ResponseEntity<InputStreamResource> download(@PathVariable long id) {
		EvidenceContent opened = evidence.open(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(opened.file().name(), StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.contentType(MediaType.parseMediaType(opened.file().mediaType()))
			.contentLength(opened.file().size())
			.body(new InputStreamResource(opened.content()));
	}

	@ExceptionHandler
	@ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
	String damaged(EvidenceDamaged e, Model model, Locale locale) {
		log.error(e.getMessage());
		model.addAttribute("titleKey", "evidence.damaged.title");
		model.addAttribute("problem",
				messages.getMessage("evidence.damaged.text", new Object[] { e.file().name() }, locale));
		return "error/problem";
	}

}
