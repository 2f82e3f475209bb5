// Two versions of a process side by side: the older with what was removed marked, the newer with what was added and
// changed marked. Data comes from the page's attributes and the deployed models; nothing here is inline.
(function () {
  'use strict';

  function ids(value) {
    return value ? value.split(',').filter(function (s) { return s !== ''; }) : [];
  }

  function show(box, definition, caption, marks) {
    var figure = document.createElement('figure');
    figure.className = 'diagram';
    var title = document.createElement('figcaption');
    title.textContent = caption;
    figure.appendChild(title);
    var canvas = document.createElement('div');
    canvas.className = 'diagram-canvas';
    figure.appendChild(canvas);
    box.appendChild(figure);
    var viewer = new window.BpmnJS({ container: canvas });
    return fetch(box.dataset.model + '?definition=' + encodeURIComponent(definition), { credentials: 'same-origin' })
      .then(function (r) { return r.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var c = viewer.get('canvas');
        var registry = viewer.get('elementRegistry');
        Object.keys(marks).forEach(function (marker) {
          marks[marker].forEach(function (id) {
            if (registry.get(id)) {
              c.addMarker(id, marker);
            }
          });
        });
        c.zoom('fit-viewport');
      })
      .catch(function () {
        var p = document.createElement('p');
        p.className = 'muted';
        p.textContent = box.dataset.error;
        canvas.appendChild(p);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('diagrams');
    if (!box || !window.BpmnJS || !window.fetch) {
      return;
    }
    show(box, box.dataset.to, box.dataset.toCaption,
      { 'tx-added': ids(box.dataset.added), 'tx-changed': ids(box.dataset.changed) })
      .then(function () {
        return show(box, box.dataset.from, box.dataset.fromCaption, { 'tx-removed': ids(box.dataset.removed) });
      });
  });
})();
