// The studio's modeler on one draft: bpmn-js edits the diagram; a small panel beside it edits the Camunda settings
// Tongxin uses (task type, candidate groups, assignee, due date, timer, delegate, history time to live) through the
// modeler's own modeling.updateProperties, so every change is undoable. Save, check and deploy go to the page's
// endpoints; a finding marks its element on the diagram. Nothing here is inline, so the strict CSP holds.
(function () {
  'use strict';

  var CAMUNDA_NS = 'http://camunda.org/schema/1.0/bpmn';
  var box, modeler, status, findingsList, dirty = false, selected = null;

  function say(text, cls) {
    status.textContent = text || '';
    status.className = cls || 'muted';
  }

  function request(url, body) {
    var headers = { Accept: 'application/json' };
    headers[box.dataset.csrfHeader] = box.dataset.csrf;
    if (body !== undefined) {
      headers['Content-Type'] = 'application/xml';
    }
    return fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
      .then(function (r) {
        return r.json().then(function (json) { json.ok = r.ok; return json; });
      });
  }

  function clearMarkers() {
    var canvas = modeler.get('canvas');
    modeler.get('elementRegistry').forEach(function (e) { canvas.removeMarker(e.id, 'tx-finding'); });
  }

  function showFindings(findings) {
    clearMarkers();
    findingsList.textContent = '';
    var canvas = modeler.get('canvas');
    var registry = modeler.get('elementRegistry');
    (findings || []).forEach(function (f) {
      var li = document.createElement('li');
      li.textContent = f.text;
      li.className = 'studio-finding';
      if (f.elementId && registry.get(f.elementId)) {
        canvas.addMarker(f.elementId, 'tx-finding');
        li.setAttribute('data-element', f.elementId);
        li.tabIndex = 0;
        li.addEventListener('click', function () { focus(f.elementId); });
      }
      findingsList.appendChild(li);
    });
  }

  function focus(id) {
    var element = modeler.get('elementRegistry').get(id);
    if (element) {
      modeler.get('selection').select(element);
      modeler.get('canvas').scrollToElement ? modeler.get('canvas').scrollToElement(element) : null;
    }
  }

  function save() {
    say(box.dataset.saving);
    return modeler.saveXML({ format: true }).then(function (result) {
      return request(box.dataset.save, result.xml);
    }).then(function (answer) {
      say(answer.message, answer.ok ? 'muted' : 'field-error');
      if (answer.ok) {
        dirty = false;
      }
      return answer.ok;
    });
  }

  function check() {
    return save().then(function (saved) {
      if (!saved) {
        return;
      }
      return request(box.dataset.check).then(function (answer) {
        say(answer.message, answer.valid ? 'studio-ok' : 'field-error');
        showFindings(answer.findings);
      });
    });
  }

  function deploy() {
    return save().then(function (saved) {
      if (!saved) {
        return;
      }
      return request(box.dataset.deploy).then(function (answer) {
        showFindings(answer.findings);
        say(answer.message, answer.ok ? 'studio-ok' : 'field-error');
        if (answer.ok && answer.next) {
          var link = document.createElement('a');
          link.href = answer.next;
          link.className = 'btn btn-small btn-secondary';
          link.id = 'studio-next';
          link.textContent = document.getElementById('studio-deploy').dataset.next || '→';
          status.appendChild(document.createTextNode(' '));
          status.appendChild(link);
          document.getElementById('studio-deploy').disabled = true;
        }
      });
    });
  }

  // --- the panel ---

  function is(element, type) {
    var bo = element && element.businessObject;
    return bo && bo.$instanceOf && bo.$instanceOf(type);
  }

  function timerDefinition(element) {
    var defs = element.businessObject.eventDefinitions || [];
    for (var i = 0; i < defs.length; i++) {
      if (defs[i].$type === 'bpmn:TimerEventDefinition') {
        return defs[i];
      }
    }
    return null;
  }

  function timerExpression(def) {
    return def.timeDate || def.timeDuration || def.timeCycle || null;
  }

  function attr(bo, name) {
    var value = bo.get(name);
    if (value === undefined && bo.$attrs) {
      value = bo.$attrs[name];
    }
    return value === undefined || value === null ? '' : String(value);
  }

  function showPanel(element) {
    selected = element;
    var fields = document.getElementById('panel-fields');
    var empty = document.getElementById('panel-empty');
    if (!element) {
      fields.hidden = true;
      empty.hidden = false;
      return;
    }
    fields.hidden = false;
    empty.hidden = true;
    var bo = element.businessObject;
    var process = is(element, 'bpmn:Process');
    var timer = !process && timerDefinition(element);
    var delegate = is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:SendTask')
      || (!process && attr(bo, 'camunda:delegateExpression') !== '');
    fields.querySelectorAll('[data-for]').forEach(function (field) {
      var kind = field.getAttribute('data-for');
      var shown = kind === 'timer' ? !!timer : kind === 'delegate' ? delegate : is(element, kind);
      field.hidden = !shown;
    });
    fields.querySelectorAll('[data-prop]').forEach(function (input) {
      var prop = input.getAttribute('data-prop');
      if (prop === 'timer') {
        var expression = timer && timerExpression(timer);
        input.value = expression && expression.body ? expression.body : '';
      } else if (prop === 'id') {
        var known = Array.prototype.some.call(input.options, function (o) { return o.value === bo.id; });
        input.value = known ? bo.id : '';
      } else {
        input.value = attr(bo, prop);
      }
    });
  }

  function changed(input) {
    if (!selected) {
      return;
    }
    var prop = input.getAttribute('data-prop');
    var modeling = modeler.get('modeling');
    var value = input.value.trim();
    var properties = {};
    if (prop === 'timer') {
      var def = timerDefinition(selected);
      var expression = def && timerExpression(def);
      if (expression) {
        // the timer's expression is a child element the generic update cannot reach; set it, then record the
        // change on the element so the command stack (undo, dirty state) knows of it
        expression.body = value;
        modeling.updateProperties(selected, {});
      }
    } else if (prop === 'id') {
      if (value !== '') {
        properties.id = value;
        modeling.updateProperties(selected, properties);
      }
    } else {
      properties[prop] = value === '' ? undefined : value;
      modeling.updateProperties(selected, properties);
    }
    dirty = true;
    showPanel(selected);
  }

  document.addEventListener('DOMContentLoaded', function () {
    box = document.getElementById('studio-modeler');
    if (!box || !window.BpmnJS || !window.fetch) {
      return;
    }
    status = document.getElementById('studio-status');
    findingsList = document.getElementById('studio-findings');
    modeler = new window.BpmnJS({ container: box, keyboard: { bindTo: document } });
    fetch(box.dataset.xml, { credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
      .then(function (xml) { return modeler.importXML(xml); })
      .then(function () {
        modeler.get('canvas').zoom('fit-viewport');
        box.setAttribute('data-ready', 'true');
      })
      .catch(function () { say(box.dataset.error, 'field-error'); });
    modeler.on('selection.changed', function (e) {
      var element = e.newSelection.length === 1 ? e.newSelection[0] : null;
      if (!element) {
        var root = modeler.get('canvas').getRootElement();
        element = root && is(root, 'bpmn:Process') ? root : null;
      }
      showPanel(element);
    });
    modeler.on('commandStack.changed', function () { dirty = true; });
    document.querySelectorAll('#panel-fields [data-prop]').forEach(function (input) {
      input.addEventListener('change', function () { changed(input); });
    });
    document.getElementById('studio-save').addEventListener('click', save);
    document.getElementById('studio-check').addEventListener('click', check);
    document.getElementById('studio-deploy').addEventListener('click', deploy);
    window.addEventListener('beforeunload', function (e) {
      if (dirty) {
        e.preventDefault();
        e.returnValue = box.dataset.unsaved;
      }
    });
  });
})();
