package org.culturetargets.portal.imports.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.culturetargets.portal.imports.ImportKind;
import org.culturetargets.portal.imports.domain.ImportHistory;
import org.culturetargets.portal.imports.domain.ImportService;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.imports.domain.Parsing;
import org.culturetargets.portal.imports.domain.ProblemView;
import org.culturetargets.portal.imports.domain.UploadProgress;
import org.culturetargets.portal.reporting.FindingMessages;
import org.culturetargets.portal.security.PortalUser;
import org.culturetargets.portal.shared.InvalidInput;
import org.culturetargets.portal.shared.NotFoundException;
import org.culturetargets.portal.shared.Texts;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded file on its way to the import service, for the page and the API alike: kept in a temporary file
 * while it is read (never in memory), read only with one of the few permits to read (else refused as busy), its
 * rows counted for the progress bar, its problems put into the reader's language.
 */
@Component
class Uploads {

	private static final int MAX_FILE_NAME = 255;

	private final ImportService imports;

	private final ImportHistory history;

	private final MessageSource messages;

	private final Parsing parsing;

	private final UploadProgress progress;

	private final FindingMessages findingMessages;

	Uploads(ImportService imports, ImportHistory history, MessageSource messages, Parsing parsing,
			UploadProgress progress, FindingMessages findingMessages) {
		this.imports = imports;
		this.history = history;
		this.messages = messages;
		this.parsing = parsing;
		this.progress = progress;
		this.findingMessages = findingMessages;
	}

	static ImportKind kind(String slug) {
		return ImportKind.of(slug).orElseThrow(() -> new NotFoundException("importKind", slug));
	}

	ImportView preview(ImportKind kind, MultipartFile file, String progressToken) throws IOException {
		return read(file, progressToken, (copy, name, progress) -> imports.preview(kind, copy, name, actor(), progress));
	}

	/** Previews and, when the file has no problem, commits at once (the API's dryRun=false). */
	ImportView importNow(ImportKind kind, MultipartFile file) throws IOException {
		return read(file, null, (copy, name, progress) -> imports.importNow(kind, copy, name, actor(), progress));
	}

	private interface Work {

		ImportView on(Path copy, String fileName, IntConsumer progress);

	}

	private ImportView read(MultipartFile file, String progressToken, Work work) throws IOException {
		String name = fileName(file);
		String user = actor();
		boolean tracked = UploadProgress.trackable(progressToken);
		Path copy = Files.createTempFile("import-", ".upload");
		try {
			file.transferTo(copy);
			if (tracked) {
				progress.started(progressToken, user);
			}
			return parsing.run(() -> work.on(copy, name, rows -> {
				if (tracked) {
					progress.read(progressToken, user, rows);
				}
			}));
		}
		finally {
			Files.deleteIfExists(copy);
			if (tracked) {
				progress.ended(progressToken);
			}
		}
	}

	/** The uploaded file's own name, without a path, as {@code imports.import.file_name varchar(255)} holds it. */
	private static String fileName(MultipartFile file) {
		String original = file.getOriginalFilename();
		if (original == null || original.isBlank()) {
			return "upload";
		}
		InvalidInput.Check check = new InvalidInput.Check();
		if (!Texts.acceptable(original, false)) {
			check.reject(file.getName(), Texts.REFUSED, file.getName()).done();
		}
		String name = Path.of(original).getFileName().toString();
		if (name.length() > MAX_FILE_NAME) {
			check.reject(file.getName(), "imports.file.nameTooLong", MAX_FILE_NAME).done();
		}
		return name;
	}

	Optional<Integer> rowsRead(String progressToken) {
		return progress.rows(progressToken, actor());
	}

	ImportView commit(long id) {
		return imports.commit(id, actor());
	}

	ImportResult result(ImportView record, Locale locale) {
		int committed = record.committed() ? record.rows() : 0;
		return new ImportResult(record.kind().slug(), record.id(), record.rows(), record.accepted(), committed,
				record.created(), record.changed(), record.unchanged(), record.problems(),
				readable(record, history.problems(record), locale), record.warnings(),
				readable(record, history.warnings(record), locale));
	}

	private List<ImportResult.Problem> readable(ImportView record, List<ProblemView> problems, Locale locale) {
		return problems.stream()
			.map(problem -> new ImportResult.Problem(problem.row(), record.header(problem.column()), problem.value(),
					message(problem, locale), problem.rule()))
			.toList();
	}

	/** A validation rule's finding is written by the rules' owner; the import's own problems from its bundle. */
	String message(ProblemView problem, Locale locale) {
		if (problem.rule() != null) {
			return messages.getMessage("imports.problem.byRule", new Object[] {
					findingMessages.ruleName(problem.rule(), locale),
					findingMessages.message(problem.messageKey(), problem.arguments(), locale) }, locale);
		}
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	private static String actor() {
		return PortalUser.current().map(PortalUser::getUsername).orElse("system");
	}

}
