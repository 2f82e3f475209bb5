// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';

  // A field required only when another field has a given value (FormField.requiredWhen) is shown only then;
  // while hidden it is disabled, so a stale value is not submitted. The server validates either way.
  function conditionalFields(form) {
    var dependents = form.querySelectorAll('.field[data-when-field]');
    dependents.forEach(function (field) {
      var control = form.querySelector('[name="' + field.dataset.whenField + '"]');
      if (!control) {
        return;
      }
      var inputs = field.querySelectorAll('input, select, textarea');
      function update() {
        var on = control.value === field.dataset.whenValue;
        field.hidden = !on && !field.classList.contains('has-error');
        inputs.forEach(function (input) {
          input.disabled = field.hidden;
          input.required = on;
        });
      }
      control.addEventListener('change', update);
      update();
    });
  }

  // A reference field (department, member, clue …) suggests what the system knows as one types: its datalist is
  // filled from the field's JSON lookup. A field taking several values suggests for the part after the last comma
  // and keeps what comes before. The server resolves and checks whatever is submitted.
  function picker(list) {
    var input = document.getElementById(list.dataset.for);
    if (!input) {
      return;
    }
    input.setAttribute('list', list.id);
    input.setAttribute('autocomplete', 'off');
    var hint = document.getElementById('hint-' + input.name);
    if (hint) {
      input.setAttribute('aria-describedby', hint.id);
    }
    var multiple = list.dataset.multiple === 'true';
    var pickLabel = list.dataset.pickLabel === 'true';
    var timer = null;
    var asked = null;
    function parts() {
      var value = input.value;
      var cut = multiple ? Math.max(value.lastIndexOf(','), value.lastIndexOf('，'), value.lastIndexOf('、')) : -1;
      return { head: cut < 0 ? '' : value.substring(0, cut + 1) + ' ', term: value.substring(cut + 1).trim() };
    }
    function fill(entries, head) {
      while (list.firstChild) {
        list.removeChild(list.firstChild);
      }
      entries.forEach(function (entry) {
        var option = document.createElement('option');
        option.value = head + (pickLabel ? entry.label : entry.value);
        option.label = pickLabel ? entry.value : entry.label;
        option.textContent = option.label;
        list.appendChild(option);
      });
    }
    function lookup() {
      var p = parts();
      if (p.term === asked) {
        return;
      }
      asked = p.term;
      var url = list.dataset.lookupUrl + (list.dataset.lookupUrl.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(p.term);
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (entries) { fill(entries, p.head); })
        .catch(function () { fill([], p.head); });
    }
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(lookup, 200);
    });
    input.addEventListener('focus', lookup);
  }

  // On a phone a table's rows are shown as cards (app.css); each cell then names its column, taken from the head.
  // display:block drops a table's implicit roles in some browsers, so they are stated.
  function labelTables(root) {
    root.querySelectorAll('table.table').forEach(function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      table.setAttribute('role', 'table');
      table.querySelectorAll('thead, tbody').forEach(function (g) { g.setAttribute('role', 'rowgroup'); });
      table.querySelectorAll('tr').forEach(function (tr) { tr.setAttribute('role', 'row'); });
      table.querySelectorAll('thead th').forEach(function (th) { th.setAttribute('role', 'columnheader'); });
      table.querySelectorAll('tbody tr').forEach(function (tr) {
        Array.prototype.forEach.call(tr.children, function (td, i) {
          td.setAttribute('role', 'cell');
          if (heads[i] && !td.hasAttribute('data-label')) {
            td.setAttribute('data-label', heads[i]);
          }
        });
      });
    });
  }

  // The navigation folds behind a menu button on a phone; without this script it wraps as whole words instead.
  function navToggle() {
    var button = document.querySelector('.nav-toggle');
    var bar = document.querySelector('.topbar');
    if (!button || !bar) {
      return;
    }
    button.hidden = false;
    bar.classList.add('has-nav-toggle');
    button.addEventListener('click', function () {
      var open = bar.classList.toggle('nav-open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  }

  // The 更多 menu closes when the pointer or the keyboard leaves it, as a menu does.
  function navMore() {
    var more = document.querySelector('.nav-more');
    if (!more) {
      return;
    }
    document.addEventListener('click', function (event) {
      if (more.open && !more.contains(event.target)) {
        more.open = false;
      }
    });
    more.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && more.open) {
        more.open = false;
        more.querySelector('summary').focus();
      }
    });
  }

  // On a phone a long filter form folds behind one button, so the list it filters is on the first screen; it stays
  // open on a filtered page. Without this script the form is simply shown.
  function foldFilters() {
    var label = document.querySelector('meta[name="tx-filters-label"]');
    if (!label || !window.matchMedia || !window.matchMedia('(max-width: 760px)').matches) {
      return;
    }
    document.querySelectorAll('form.filters').forEach(function (form) {
      var fields = form.querySelectorAll('input:not([type=hidden]), select');
      if (fields.length < 3) {
        return;
      }
      // filtered pages come with a query string; their filters stay in view
      var used = window.location.search.length > 1;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'btn btn-secondary filters-toggle';
      button.textContent = label.content;
      button.setAttribute('aria-expanded', used ? 'true' : 'false');
      form.hidden = !used;
      button.addEventListener('click', function () {
        form.hidden = !form.hidden;
        button.setAttribute('aria-expanded', form.hidden ? 'false' : 'true');
      });
      form.parentNode.insertBefore(button, form);
    });
  }

  // an outerHTML swap replaces the target, so the whole page is labelled again (idempotent)
  document.addEventListener('htmx:afterSettle', function () {
    labelTables(document);
  });

  // A similar clue suggested on the classification task (similar.html) can be picked as the one to merge into: the
  // route becomes "merge" and the merge picker takes its tracking code; the server checks both on submit.
  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button[data-merge-into]') : null;
    if (!button) {
      return;
    }
    var route = document.getElementById('f-route');
    var target = document.getElementById('f-mergeInto');
    if (route && target) {
      route.value = 'MERGE';
      route.dispatchEvent(new Event('change', { bubbles: true }));
      target.value = button.dataset.mergeInto;
      target.focus();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    labelTables(document);
    navToggle();
    navMore();
    document.querySelectorAll('datalist[data-lookup-url]').forEach(picker);
    foldFilters();
    var form = document.getElementById('task-form');
    if (form) {
      conditionalFields(form);
    }
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
