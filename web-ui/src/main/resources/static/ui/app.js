// Small improvements for pages that work without it.
(function () {
  'use strict';

  // After a page or an htmx swap, move focus to what needs attention first (an error summary).
  function focusFirst(root) {
    const target = root.querySelector('[data-focus]');
    if (target) {
      target.focus();
    }
  }
  document.addEventListener('DOMContentLoaded', () => focusFirst(document));
  document.addEventListener('htmx:afterSettle', event => focusFirst(event.detail.elt || document));

  // The as-of slider says which act it points at while it moves.
  document.addEventListener('input', event => {
    const slider = event.target;
    if (slider.matches('input[type=range][data-output]')) {
      const output = document.getElementById(slider.dataset.output);
      const text = (slider.dataset.template || '{0}').split('{0}').join(slider.value);
      slider.setAttribute('aria-valuetext', text);
      if (output) {
        output.textContent = text;
      }
    }
  });

  // Attendance: "represented by" matters only for a row marked represented.
  function toggleRepresented(select) {
    const field = document.getElementById(select.dataset.represented);
    if (field) {
      field.closest('.field').hidden = select.value !== 'REPRESENTED' && !field.value;
    }
  }
  document.addEventListener('change', event => {
    if (event.target.matches('select[data-represented]')) {
      toggleRepresented(event.target);
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    document.querySelectorAll('select[data-represented]').forEach(toggleRepresented));

  // Evidence packs: download with progress, since building one reads the whole log.
  document.addEventListener('click', async event => {
    const link = event.target.closest('a[data-evidence]');
    if (!link || !window.fetch || !window.ReadableStream) {
      return;
    }
    event.preventDefault();
    const status = document.getElementById(link.dataset.status);
    const progress = document.getElementById(link.dataset.progress);
    const say = (template, ...values) =>
      values.reduce((text, value, i) => text.split('{' + i + '}').join(String(value)), template);
    progress.hidden = false;
    progress.removeAttribute('value');
    status.textContent = link.dataset.building;
    link.setAttribute('aria-disabled', 'true');
    try {
      const response = await fetch(link.href, {credentials: 'omit'});
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      const total = Number(response.headers.get('Content-Length')) || 0;
      const reader = response.body.getReader();
      const chunks = [];
      let received = 0;
      for (;;) {
        const {done, value} = await reader.read();
        if (done) {
          break;
        }
        chunks.push(value);
        received += value.length;
        if (total) {
          progress.max = total;
          progress.value = received;
        }
        status.textContent = say(link.dataset.receiving, Math.round(received / 1024),
          total ? Math.round(total / 1024) : '?');
      }
      const disposition = response.headers.get('Content-Disposition') || '';
      const name = (disposition.match(/filename="?([^";]+)"?/) || [])[1] || 'evidence.json';
      const url = URL.createObjectURL(new Blob(chunks, {type: 'application/json'}));
      const save = document.createElement('a');
      save.href = url;
      save.download = name;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
      progress.max = 1;
      progress.value = 1;
      status.textContent = say(link.dataset.done, name);
    } catch (error) {
      progress.hidden = true;
      status.textContent = say(link.dataset.failed, error.message);
    } finally {
      link.removeAttribute('aria-disabled');
    }
  });
})();
