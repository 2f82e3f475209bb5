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

  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('task-form');
    if (form) {
      conditionalFields(form);
    }
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
