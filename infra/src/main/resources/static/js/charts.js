// The statistics page's charts, drawn by Chart.js from the data the page carries in data-charts (JSON written by
// the server). Every label already names its sample size; the table below the charts has every figure too.
(function () {
  'use strict';

  var COLORS = ['#a3191f', '#1f4e8c', '#c8a45a', '#6b7487', '#1c7c4a'];

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('charts');
    if (!box || !window.Chart) {
      return;
    }
    var data = JSON.parse(box.dataset.charts);
    window.Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
    window.Chart.defaults.color = '#4a5468';
    box.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = data[canvas.dataset.chart];
      var kind = canvas.dataset.kind;
      if (!chart) {
        return;
      }
      var percent = kind !== 'count';
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: chart.series.map(function (s, i) {
            return { label: s.label, data: s.data, backgroundColor: COLORS[i % COLORS.length], borderRadius: 3,
              maxBarThickness: 48 };
          })
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          indexAxis: kind === 'count' ? 'y' : 'x',
          plugins: {
            legend: { display: chart.series.length > 1, position: 'bottom' },
            tooltip: {
              callbacks: {
                label: function (ctx) {
                  var v = ctx.raw;
                  return ctx.dataset.label + ': ' + (v === null ? '—' : v + (percent ? '%' : ''));
                }
              }
            }
          },
          scales: kind === 'count' ? { x: { beginAtZero: true, ticks: { precision: 0 } } } : {
            x: { stacked: kind === 'stacked' },
            y: { stacked: kind === 'stacked', beginAtZero: true, max: 100,
              ticks: { callback: function (v) { return v + '%'; } } }
          }
        }
      });
    });
  });
})();
