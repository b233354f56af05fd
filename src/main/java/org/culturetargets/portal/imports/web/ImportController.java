package org.culturetargets.portal.imports.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportHistory;
import org.culturetargets.portal.imports.domain.ImportRefused;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.imports.domain.ImportsBusy;
import org.culturetargets.portal.imports.domain.TemplateColumn;
import org.culturetargets.portal.imports.read.UnreadableFile;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.web.Sheet;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The import centre (SPEC §4, administrators): templates to download, an upload that shows its progress, the
 * preview with every problem, the commit, and the history of imports with what each changed.
 */
@Controller
class ImportController {

	private static final int CHANGES_PER_PAGE = 100;

	private final ImportService imports;

	private final ImportHistory history;

	private final Uploads uploads;

	private final MessageSource messages;

	private final ChangeWords changeWords;

	ImportController(ImportService imports, ImportHistory history, Uploads uploads, MessageSource messages,
			ChangeWords changeWords) {
		this.imports = imports;
		this.history = history;
		this.uploads = uploads;
		this.messages = messages;
		this.changeWords = changeWords;
	}

	@GetMapping("/imports")
	String centre(Model model) {
		model.addAttribute("kinds", imports.kinds());
		model.addAttribute("history", history.history(50));
		return "imports/centre";
	}

	@PostMapping("/imports")
	String upload(@RequestParam String kind, @RequestParam MultipartFile file,
			@RequestParam(required = false) String progress, Model model, Locale locale, HttpServletResponse response)
			throws IOException {
		try {
			return "redirect:/imports/" + uploads.preview(Uploads.kind(kind), file, progress).id();
		}
		catch (UnreadableFile | ImportRefused e) {
			return refused(model, kind, messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		catch (ImportsBusy e) {
			response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
			return refused(model, kind,
					messages.getMessage("imports.busy", new Object[] { e.retryAfterSeconds() }, locale));
		}
	}

	String refused(Model model, String kind, String message) {
		centre(model);
		model.addAttribute("refusal", message);
		model.addAttribute("chosenKind", kind);
		return "imports/centre";
	}

	/** Rows read so far by an upload in progress, for its progress bar; null once it is done. */
	@GetMapping("/imports/progress/{token}")
	@ResponseBody
	Map<String, Integer> progress(@PathVariable String token) {
		return uploads.rowsRead(token).map(rows -> Map.of("rows", rows)).orElse(Map.of());
	}

	@GetMapping("/imports/{id}")
	String detail(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		ImportView record = find(id);
		model.addAttribute("record", record);
		model.addAttribute("result", uploads.result(record, locale));
		model.addAttribute("sameFile", history.sameFile(record));
		if (record.committed()) {
			long changes = history.changeCount(record);
			int pages = (int) Math.max(1, (changes + CHANGES_PER_PAGE - 1) / CHANGES_PER_PAGE);
			int shown = Math.min(Math.max(page, 0), pages - 1);
			model.addAttribute("changes",
					changeWords.of(history.changes(record, shown * CHANGES_PER_PAGE, CHANGES_PER_PAGE), locale));
			model.addAttribute("changeCount", changes);
			model.addAttribute("page", shown);
			model.addAttribute("pages", pages);
		}
		return "imports/import";
	}

	@PostMapping("/imports/{id}/commit")
	String commit(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			uploads.commit(id);
			redirect.addFlashAttribute("committed", true);
		}
		catch (ImportRefused e) {
			redirect.addFlashAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/imports/" + id;
	}

	@PostMapping("/imports/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
		try {
			imports.discard(id);
		}
		catch (ImportRefused e) {
			redirect.addFlashAttribute("refusal", messages.getMessage(e.messageKey(), e.arguments(), locale));
		}
		return "redirect:/imports/" + id;
	}

	/** The problems as a spreadsheet, to work through beside the file. */
	@GetMapping("/imports/{id}/problems")
	void problems(@PathVariable long id, @RequestParam(defaultValue = "csv") String format, Locale locale,
			HttpServletResponse response) throws IOException {
		ImportResult result = uploads.result(find(id), locale);
		List<String> header = List.of(text("imports.problems.row", locale), text("imports.problems.column", locale),
				text("imports.problems.value", locale), text("imports.problems.message", locale));
		List<List<Object>> rows = result.problems().stream()
			.map(p -> List.<Object>of(p.row(), p.column(), p.value() == null ? "" : p.value(), p.message()))
			.toList();
		Sheet.of("problems", header, rows).download("import-" + id + "-problems", format, response);
	}

	/**
	 * A kind's template: its header row (Chinese headers, or the English column codes with {@code headers=en}) and
	 * an example row.
	 */
	@GetMapping("/imports/templates/{kind}")
	void template(@PathVariable String kind, @RequestParam(defaultValue = "csv") String format,
			@RequestParam(defaultValue = "zh") String headers, HttpServletResponse response) throws IOException {
		ImportKind chosen = Uploads.kind(kind);
		List<TemplateColumn> columns = imports.template(chosen);
		List<String> header = new ArrayList<>();
		List<Object> example = new ArrayList<>();
		for (TemplateColumn column : columns) {
			header.add("en".equals(headers) ? column.code() : column.headerZh());
			example.add(column.example());
		}
		Sheet.of(kind, header, List.of(example)).download(kind + "-template-" + ("en".equals(headers) ? "en" : "zh"),
				format, response);
	}

	private ImportView find(long id) {
		return history.find(id).orElseThrow(() -> new NotFoundException("import", id));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
