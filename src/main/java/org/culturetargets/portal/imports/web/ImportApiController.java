package org.culturetargets.portal.imports.web;

import java.io.IOException;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.culturetargets.portal.imports.domain.ImportView;
import org.culturetargets.portal.shared.web.ApiController;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The import API of SPEC §9: a dry run, or a dry run and its commit in one call. */
@ApiController("/api/imports")
class ImportApiController {

	private final Uploads uploads;

	ImportApiController(Uploads uploads) {
		this.uploads = uploads;
	}

	@Operation(summary = "Import a CSV or XLSX file of one kind: dryRun=true only checks it and lists every problem; "
			+ "dryRun=false also applies all its rows in one transaction, or none when any problem remains")
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importFile(@PathVariable String kind, @RequestParam MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun, Locale locale) throws IOException {
		ImportView record = dryRun ? uploads.preview(Uploads.kind(kind), file, null)
				: uploads.importNow(Uploads.kind(kind), file);
		HttpStatus status = dryRun || record.committed() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT;
		return ResponseEntity.status(status).body(uploads.result(record, locale));
	}

}
