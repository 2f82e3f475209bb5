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

  // Element names are written "中文 / English"; a reader sees the one of their page's language. A name that is only
  // an element id (Gateway_ToReply) is nobody's word and is not shown.
  var english = (document.documentElement.lang || '').indexOf('en') === 0;
  var ELEMENT_ID = /^[A-Z][A-Za-z]*_[A-Za-z0-9_]+$/;

  function inOneLanguage(xml) {
    if (!window.DOMParser || !window.XMLSerializer) {
      return xml;
    }
    var doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.getElementsByTagName('parsererror').length > 0) {
      return xml;
    }
    var all = doc.getElementsByTagName('*');
    for (var i = 0; i < all.length; i++) {
      var name = all[i].getAttribute('name');
      if (name === null) {
        continue;
      }
      var parts = name.split(' / ');
      var word = parts.length === 2 ? parts[english ? 1 : 0] : name;
      all[i].setAttribute('name', ELEMENT_ID.test(word.trim()) ? '' : word.trim());
    }
    return new XMLSerializer().serializeToString(doc);
  }

  function show(box, position, xml) {
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var caption = document.createElement('figcaption');
    caption.appendChild(text('strong', null, position.caption));
    caption.appendChild(document.createTextNode(' '));
    caption.appendChild(text('span', 'badge ' + (position.running ? 'due-overdue' : 'due-normal'),
      position.running ? box.dataset.running : box.dataset.ended));
    if (position.incident) {
      caption.appendChild(document.createTextNode(' '));
      caption.appendChild(text('span', 'badge diagram-incident', position.incident));
    }
    var tools = document.createElement('span');
    tools.className = 'diagram-tools';
    caption.appendChild(tools);
    figure.appendChild(caption);
    var canvas = document.createElement('div');
    canvas.className = 'diagram-canvas';
    figure.appendChild(canvas);
    box.appendChild(figure);

    // NavigatedViewer: drag to pan and wheel to zoom with a mouse; buttons and a one-finger drag on a phone.
    var viewer = new window.BpmnJS({ container: canvas });
    zoomButtons(tools, box, viewer);
    touchPan(canvas, viewer);
    viewer.importXML(inOneLanguage(xml)).then(function () {
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
      (position.incidentActivityIds || []).forEach(function (id) {
        if (registry.get(id)) {
          canvasApi.removeMarker(id, 'tx-done');
          canvasApi.removeMarker(id, 'tx-active');
          canvasApi.addMarker(id, 'tx-incident');
        }
      });
      canvasApi.zoom('fit-viewport');
    }).catch(function () {
      canvas.appendChild(text('p', 'muted', box.dataset.error));
    });
  }

  function zoomButtons(tools, box, viewer) {
    [['+', box.dataset.zoomIn, function (c) { c.zoom(c.zoom() * 1.25); }],
      ['\u2212', box.dataset.zoomOut, function (c) { c.zoom(c.zoom() / 1.25); }],
      ['\u2922', box.dataset.zoomFit, function (c) { c.zoom('fit-viewport'); }]].forEach(function (b) {
      var button = text('button', 'btn btn-small btn-ghost', b[0]);
      button.type = 'button';
      button.setAttribute('aria-label', b[1] || b[0]);
      button.title = b[1] || b[0];
      button.addEventListener('click', function () { b[2](viewer.get('canvas')); });
      tools.appendChild(button);
    });
  }

  // Touch drags do not become mouse drags, so the viewer's own panning never sees them.
  function touchPan(canvas, viewer) {
    var last = null;
    canvas.addEventListener('pointerdown', function (e) {
      if (e.pointerType !== 'mouse') {
        last = { x: e.clientX, y: e.clientY, id: e.pointerId };
      }
    });
    canvas.addEventListener('pointermove', function (e) {
      if (last && e.pointerId === last.id) {
        viewer.get('canvas').scroll({ dx: e.clientX - last.x, dy: e.clientY - last.y });
        last = { x: e.clientX, y: e.clientY, id: e.pointerId };
      }
    });
    ['pointerup', 'pointercancel', 'pointerleave'].forEach(function (type) {
      canvas.addEventListener(type, function () { last = null; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('diagrams');
    if (!box || !window.BpmnJS || !window.fetch) {
      return;
    }
    if (box.dataset.definition) {
      // one deployed model on its own, no case: the designer's read-only view
      fetch(box.dataset.model + '?definition=' + encodeURIComponent(box.dataset.definition),
        { credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.text(); })
        .then(function (xml) {
          box.textContent = '';
          show(box, { processName: box.dataset.name }, xml);
        })
        .catch(function () {
          box.textContent = '';
          box.appendChild(text('p', 'muted', box.dataset.error));
        });
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
