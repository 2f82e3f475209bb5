// The case page's process diagrams: one bpmn-js viewer per process instance of the case, its current activities
// marked. Data comes from the page's own endpoints; nothing here is inline, so the strict CSP holds.
(function () {
  'use strict';

  function text(tag, cls, value) {
    var el = document.createElement(tag);
    if (cls) {
      el.className = cls;
    }
    el.textContent = value;
    return el;
  }

  function show(box, position, xml) {
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var caption = document.createElement('figcaption');
    caption.appendChild(text('strong', null, position.processName || position.processKey));
    caption.appendChild(text('span', 'mono', ' ' + position.businessKey + ' '));
    caption.appendChild(text('span', 'badge ' + (position.running ? 'due-overdue' : 'due-normal'),
      position.running ? box.dataset.running : box.dataset.ended));
    figure.appendChild(caption);
    var canvas = document.createElement('div');
    canvas.className = 'diagram-canvas';
    figure.appendChild(canvas);
    box.appendChild(figure);

    var viewer = new window.BpmnJS({ container: canvas });
    viewer.importXML(xml).then(function () {
      var canvasApi = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      (position.completedActivityIds || []).forEach(function (id) {
        if (registry.get(id)) {
          canvasApi.addMarker(id, 'tx-done');
        }
      });
      (position.activeActivityIds || []).forEach(function (id) {
        if (registry.get(id)) {
          canvasApi.removeMarker(id, 'tx-done');
          canvasApi.addMarker(id, 'tx-active');
        }
      });
      canvasApi.zoom('fit-viewport');
    }).catch(function () {
      canvas.appendChild(text('p', 'muted', box.dataset.error));
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('diagrams');
    if (!box || !window.BpmnJS || !window.fetch) {
      return;
    }
    fetch(box.dataset.positions, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (positions) {
        box.textContent = '';
        if (positions.length === 0) {
          box.appendChild(text('p', 'muted', box.dataset.none));
          return;
        }
        var models = {};
        positions.forEach(function (p) {
          if (!models[p.definitionId]) {
            models[p.definitionId] = fetch(box.dataset.model + '?definition=' + encodeURIComponent(p.definitionId),
              { credentials: 'same-origin' }).then(function (r) { return r.text(); });
          }
        });
        // in order: the case's own process first, then each handling
        positions.reduce(function (done, p) {
          return done.then(function () {
            return models[p.definitionId].then(function (xml) { show(box, p, xml); });
          });
        }, Promise.resolve());
      })
      .catch(function () {
        box.textContent = '';
        box.appendChild(text('p', 'muted', box.dataset.error));
      });
  });
})();
