// Consulta: small enhancements only. Every page works without this file.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to an error summary so screen readers announce what to fix.
  const summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
});
