// The import centre's upload with a progress bar: the file's bytes as they go up, then the rows the server has
// read so far (polled by a token sent with the file). Without JavaScript the form posts as usual.
(function () {
    const form = document.getElementById('upload');
    if (!form || !window.XMLHttpRequest || !window.FormData) {
        return;
    }
    const bar = document.getElementById('upload-bar');
    const status = document.getElementById('upload-status');
    const box = document.getElementById('upload-progress');
    const format = (template, value) => template.replace('{0}', value);

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        const token = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
            : String(Date.now()) + Math.random().toString(16).slice(2);
        document.getElementById('progress-token').value = token;
        document.getElementById('preview-button').disabled = true;
        box.classList.remove('d-none');

        let polling = null;
        const request = new XMLHttpRequest();
        request.open('POST', form.action);
        request.upload.addEventListener('progress', function (e) {
            if (e.lengthComputable) {
                const percent = Math.round(100 * e.loaded / e.total);
                bar.style.width = percent + '%';
                status.textContent = format(status.dataset.uploading, percent);
            }
        });
        request.upload.addEventListener('load', function () {
            bar.classList.add('progress-bar-striped', 'progress-bar-animated');
            polling = setInterval(function () {
                fetch(form.dataset.progressUrl + encodeURIComponent(token), {credentials: 'same-origin'})
                    .then(response => response.json())
                    .then(progress => {
                        if (progress.rows !== undefined) {
                            status.textContent = format(status.dataset.reading, progress.rows.toLocaleString());
                        }
                    })
                    .catch(() => undefined);
            }, 700);
        });
        request.addEventListener('loadend', function () {
            clearInterval(polling);
            if (request.status >= 200 && request.status < 400 && request.responseURL) {
                if (request.responseURL.indexOf('/imports/') > 0 && request.responseURL.indexOf('/imports/progress') < 0
                        && !/\/imports\/?$/.test(request.responseURL)) {
                    window.location.assign(request.responseURL);
                    return;
                }
            }
            document.open();
            document.write(request.responseText);
            document.close();
        });
        request.send(new FormData(form));
    });
})();
