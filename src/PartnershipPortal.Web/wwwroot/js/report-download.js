// Report downloads with progress and a cancel button. A link marked data-report-download is fetched as a
// stream: the status element (data-report-download-status) shows how much has arrived, a button cancels
// (AbortController), and the file is handed to the browser when complete. A download that breaks off is
// reported as failed, never saved. Without this script the links still download, plainly.

const kilobytes = (bytes) => `${(bytes / 1024).toLocaleString(undefined, { maximumFractionDigits: 0 })} KB`;

const format = (template, ...values) => (template ?? '').replace(/\{(\d)\}/g, (_, i) => values[Number(i)] ?? '');

function fileNameOf(response, link) {
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
    if (star) {
        return decodeURIComponent(star[1]);
    }

    const plain = /filename="?([^";]+)"?/i.exec(disposition);
    return plain ? plain[1] : new URL(link.href).pathname.split('/').pop();
}

async function problemText(response) {
    try {
        const problem = await response.json();
        const details = problem.errors ? Object.values(problem.errors).flat() : [];
        return [problem.detail ?? problem.title, ...details].filter(Boolean).join(' ');
    } catch {
        return `${response.status} ${response.statusText}`;
    }
}

function show(status, text, cancel) {
    status.replaceChildren();
    const message = document.createElement('span');
    message.textContent = text;
    message.setAttribute('data-testid', 'download-message');
    status.append(message);
    if (cancel) {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'report-download-button ml-2';
        button.textContent = status.dataset.textCancel;
        button.setAttribute('data-testid', 'download-cancel');
        button.addEventListener('click', cancel);
        status.append(' ', button);
    }
}

async function download(link) {
    const status = document.querySelector('[data-report-download-status]');
    if (!status || link.getAttribute('aria-busy') === 'true') {
        return;
    }

    const label = link.textContent.trim();
    const controller = new AbortController();
    link.setAttribute('aria-busy', 'true');
    show(status, format(status.dataset.textWorking, label, kilobytes(0)), () => controller.abort());
    try {
        const response = await fetch(link.href, { signal: controller.signal, credentials: 'same-origin' });
        if (!response.ok) {
            show(status, format(status.dataset.textFailed, label, await problemText(response)));
            return;
        }

        const reader = response.body.getReader();
        const chunks = [];
        let received = 0;
        for (;;) {
            const { done, value } = await reader.read();
            if (done) {
                break;
            }

            chunks.push(value);
            received += value.length;
            show(status, format(status.dataset.textWorking, label, kilobytes(received)), () => controller.abort());
        }

        const blob = new Blob(chunks, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
        const url = URL.createObjectURL(blob);
        const save = document.createElement('a');
        save.href = url;
        save.download = fileNameOf(response, link);
        document.body.append(save);
        save.click();
        save.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        show(status, format(status.dataset.textDone, label, kilobytes(received)));
    } catch (error) {
        show(status, error.name === 'AbortError'
            ? format(status.dataset.textCancelled, label)
            : format(status.dataset.textFailed, label, status.dataset.textBroken));
    } finally {
        link.removeAttribute('aria-busy');
    }
}

// Capture phase: the page's router must not treat the link as a navigation.
document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-report-download]') : null;
    if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
        return;
    }

    event.preventDefault();
    event.stopPropagation();
    download(link);
}, true);
