// 统计图表: draws each .chart-canvas from the JSON in its data-chart (ChartSpec: texts already in
// Chinese, categories, series) with Apache ECharts, and fills its PNG and SVG download links:
// the PNG from the chart on the page (canvas), the SVG from a second rendering of the same
// option by ECharts' SVG renderer. Text is never HTML here: the tooltip draws rich text, not markup.
(function () {
  'use strict';

  // Where a grade stands on its framework's scale (GradeScale.standing), as in app.css.
  var STANDING = { top: '#1b7f3b', upper: '#1f5fa8', lower: '#e07b00', bottom: '#c62828', none: '#6b7280' };
  var PALETTE = ['#1f5fa8', '#e07b00', '#2e7d32', '#8e44ad', '#c62828', '#00838f', '#6d4c41', '#546e7a'];

  function height(spec) {
    if (spec.horizontal) {
      return Math.max(260, 28 * spec.categories.length + 90);
    }
    return 400;
  }

  function option(spec) {
    var categoryAxis = {
      type: 'category',
      name: spec.categoryName,
      nameLocation: spec.horizontal ? 'end' : 'middle',
      nameGap: spec.horizontal ? 12 : 30,
      data: spec.categories,
      inverse: spec.horizontal,
      axisLabel: spec.horizontal ? { width: 260, overflow: 'truncate' } : { interval: 0, width: 110, overflow: 'break' }
    };
    var valueAxis = {
      type: 'value',
      name: spec.valueName,
      nameLocation: 'middle',
      nameGap: spec.horizontal ? 28 : 46,
      minInterval: spec.kind === 'grades' ? 1 : 0,
      max: spec.percent || spec.kind === 'trend' ? 100 : null,
      // 综合评分 from the nearest ten below the lowest: differences of a few points stay visible.
      min: spec.kind === 'trend' ? function (range) { return Math.max(0, Math.floor((range.min - 5) / 10) * 10); } : 0
    };
    var decimals = spec.kind === 'grades' ? 0 : 2;
    var crowded = spec.series.length * spec.categories.length > 24;
    var series = spec.series.map(function (s) {
      var data = s.values.map(function (value, i) {
        if (s.standings) {
          return { value: value, itemStyle: { color: STANDING[s.standings[i]] || STANDING.none } };
        }
        return value;
      });
      var one = {
        name: s.name,
        type: s.type,
        data: data,
        connectNulls: false,
        label: { show: !crowded || s.labels != null, position: spec.horizontal ? 'right' : 'top', fontSize: 11,
          formatter: function (params) { return params.value == null ? '' : Number(params.value).toFixed(decimals); } }
      };
      if (s.labels) {
        one.label.formatter = function (params) { return s.labels[params.dataIndex] || ''; };
        one.symbolSize = 9;
        one.lineStyle = { width: 3 };
      }
      else if (s.type === 'line') {
        one.lineStyle = { type: 'dashed' };
        one.label.show = false;
      }
      if (spec.stacked) {
        one.stack = 'all';
        one.label.show = false;
      }
      if (s.type === 'bar') {
        one.barMaxWidth = 48;
      }
      return one;
    });
    return {
      animation: false,
      color: PALETTE,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: 'sans-serif' },
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 15 } },
      legend: { show: spec.series.length > 1, top: 28, type: 'scroll' },
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: spec.kind === 'trend' ? 'line' : 'shadow' } },
      grid: { left: spec.horizontal ? 270 : 70, right: 50, top: spec.series.length > 1 ? 70 : 50, bottom: spec.horizontal ? 40 : 60,
        containLabel: false },
      xAxis: spec.horizontal ? valueAxis : categoryAxis,
      yAxis: spec.horizontal ? categoryAxis : valueAxis,
      series: series
    };
  }

  function draw(element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    element.style.height = height(spec) + 'px';
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var figure = element.closest('.chart-figure');
    var png = figure.querySelector('a.chart-png');
    var svg = figure.querySelector('a.chart-svg');
    png.setAttribute('download', spec.file + '.png');
    svg.setAttribute('download', spec.file + '.svg');
    chart.on('finished', function () {
      png.href = chart.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
      figure.setAttribute('data-rendered', 'true');
    });
    chart.setOption(option(spec));
    var vector = function () {
      var ssr = echarts.init(null, null, { renderer: 'svg', ssr: true, width: element.clientWidth || 900, height: height(spec) });
      ssr.setOption(option(spec));
      svg.href = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(ssr.renderToSVGString());
      ssr.dispose();
    };
    vector();
    window.addEventListener('resize', function () {
      chart.resize();
      vector();
    });
  }

  function start() {
    document.querySelectorAll('.chart-canvas[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
