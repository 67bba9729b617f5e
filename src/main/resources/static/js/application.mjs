// Progressive enhancement only: every page works without this file.
import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';

initAll();

// Conditional reveals: choosing a radio marked data-app-reveal shows the element it names (class
// govuk-radios__conditional); choosing another option of the group hides it. Without JavaScript it always shows.
// Not GOV.UK Frontend's own reveal, which sets aria-expanded on the radio: ARIA does not allow that on a radio.
for (const input of document.querySelectorAll('input[type="radio"][data-app-reveal]')) {
  const target = document.getElementById(input.dataset.appReveal);
  if (!target) {
    continue;
  }
  const sync = () => target.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
  for (const option of document.querySelectorAll(`input[type="radio"][name="${CSS.escape(input.name)}"]`)) {
    option.addEventListener('change', sync);
  }
  window.addEventListener('pageshow', sync);
  sync();
}

// Long lists of checkboxes (the offences on a drug test) get a box that narrows them by name as you type.
// Ticked items always stay in view. Without JavaScript the whole list shows, as before.
for (const group of document.querySelectorAll('[data-app-filter]')) {
  const checkboxes = group.querySelector('.govuk-checkboxes');
  if (!checkboxes) {
    continue;
  }
  const items = [...checkboxes.querySelectorAll('.govuk-checkboxes__item')];
  const id = `${group.dataset.appFilter}-filter`;
  const field = document.createElement('div');
  field.className = 'govuk-form-group govuk-!-margin-bottom-3';
  field.innerHTML = `<label class="govuk-label" for="${id}">Filter the list by name</label>
    <input class="govuk-input govuk-input--width-20" id="${id}" type="search" autocomplete="off" spellcheck="false"
           aria-describedby="${id}-status" aria-controls="${checkboxes.id || ''}">
    <p class="govuk-hint govuk-!-margin-top-1 govuk-!-margin-bottom-0" id="${id}-status" aria-live="polite"></p>`;
  checkboxes.before(field);
  const input = field.querySelector('input');
  const status = field.querySelector('p');
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault(); // filtering, not submitting the form
    }
  });
  input.addEventListener('input', () => {
    const words = input.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const text = item.textContent.toLowerCase();
      const match = item.querySelector('input').checked || words.every((word) => text.includes(word));
      item.style.display = match ? '' : 'none';
      shown += match ? 1 : 0;
    }
    status.textContent = words.length ? `${shown} of ${items.length} shown` : '';
  });
}
