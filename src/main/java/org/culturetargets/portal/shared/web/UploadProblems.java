package org.culturetargets.portal.shared.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart body is parsed before any handler is chosen, so only an advice without selectors sees it fail: one
 * over the server's limit is a 413, one that is malformed (no boundary, cut short) a 400, each with its reason
 * for the error path to put as a page or a problem detail.
 */
@ControllerAdvice
class UploadProblems {

	private final DataSize maxFileSize;

	UploadProblems(@Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFileSize) {
		this.maxFileSize = maxFileSize;
	}

	@ExceptionHandler
	void refused(MultipartException e, HttpServletRequest request, HttpServletResponse response) throws IOException {
		// seen there, the DispatcherServlet does not parse the body again for the error path (which would fail again)
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, e);
		if (e instanceof MaxUploadSizeExceededException) {
			new ErrorReason("error.upload.tooLarge", maxFileSize.toMegabytes() + " MB").attachTo(request);
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		new ErrorReason("error.upload.malformed").attachTo(request);
		response.sendError(HttpStatus.BAD_REQUEST.value());
	}

}
