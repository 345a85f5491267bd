// Consulta: small enhancements only. Every page works without this file.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to an error summary so screen readers announce what to fix.
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
  // The receipt: copied with one tap, or printed (or saved as PDF) with the page.
  const actions = document.querySelector('.receipt-actions');
  if (actions) {
    actions.hidden = false;
    const copy = actions.querySelector('[data-copy]');
    copy.addEventListener('click', () => {
      navigator.clipboard?.writeText(copy.dataset.copy).then(() => {
        actions.querySelector('.copy-status').textContent = copy.dataset.copied;
      });
    });
    actions.querySelector('[data-print]').addEventListener('click', () => window.print());
  }
  const form = document.getElementById('journey');
  if (!form) return;

  // Questions that depend on an answer on the same page appear as soon as it is given.
  const conditional = form.querySelectorAll('[data-cond-name]');
  const holds = (el) => {
    const inputs = [...form.elements].filter((i) => i.name === el.dataset.condName);
    if (!inputs.length) return true;
    const given = inputs
      .filter((i) => (i.type === 'radio' || i.type === 'checkbox' ? i.checked : true))
      .map((i) => i.value.trim())
      .filter((v) => v !== '');
    return el.dataset.condOp === 'not_answered' ? !given.length : given.includes(el.dataset.condValue);
  };
  const update = () => conditional.forEach((el) => {
    const show = holds(el);
    el.hidden = !show;
    el.querySelectorAll('input,select,textarea').forEach((i) => { i.disabled = !show; });
  });
  if (conditional.length) {
    form.addEventListener('change', update);
    form.addEventListener('input', update);
    update();
  }

  // Characters left in text answers, announced after a pause in typing.
  form.querySelectorAll('[data-max]').forEach((field) => {
    const max = Number(field.dataset.max);
    const shown = document.createElement('p');
    shown.className = 'hint';
    shown.setAttribute('aria-hidden', 'true');
    const spoken = document.createElement('p');
    spoken.className = 'visually-hidden';
    spoken.setAttribute('aria-live', 'polite');
    field.after(shown, spoken);
    let timer;
    const count = () => {
      const left = max - [...field.value].length;
      const text = left < 0
        ? `${field.dataset.over} ${-left}`
        : `${field.dataset.left} ${left}`;
      shown.textContent = text;
      shown.classList.toggle('count-over', left < 0);
      clearTimeout(timer);
      timer = setTimeout(() => { spoken.textContent = text; }, 1000);
    };
    field.addEventListener('input', count);
    count();
  });
});
