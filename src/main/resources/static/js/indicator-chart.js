// Draws an indicator's annual values (provisional ones as triangles), each level target's path from baseline to
// target, and the projection at the current growth rate. The data comes from the page (data-chart JSON:
// {unit, finalLabel, provisionalLabel, values: [[year, value, provisional]], paths: [{name, points}],
// projections: [{name, points}], restarts: [year], restartLabel}), so the page needs no inline script.
(function () {
  var element = document.getElementById('indicator-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var years = {};
  function note(points) {
    points.forEach(function (p) { years[p[0]] = true; });
  }
  note(data.values);
  data.paths.forEach(function (p) { note(p.points); });
  data.projections.forEach(function (p) { note(p.points); });
  var categories = Object.keys(years).sort();
  var first = Number(categories[0]);
  var last = Number(categories[categories.length - 1]);
  categories = [];
  for (var y = first; y <= last; y++) {
    categories.push(String(y));
  }
  // a count within a five-year plan period restarts with each period (data.restarts: the first years of periods):
  // one line per period, never joined across the restart, which is marked
  var segments = [[]];
  data.values.forEach(function (v) {
    if ((data.restarts || []).indexOf(v[0]) >= 0 && segments[segments.length - 1].length > 0) {
      segments.push([]);
    }
    segments[segments.length - 1].push(v);
  });
  var series = segments.map(function (segment, i) {
    return {
      name: data.finalLabel,
      type: 'line',
      symbol: 'circle',
      symbolSize: 8,
      // grouped as the page's tables show numbers (2,586)
      label: { show: true, formatter: function (p) { return Number(p.value[1]).toLocaleString('en-US'); } },
      markLine: i === 0 ? undefined : {
        symbol: 'none', label: { formatter: data.restartLabel }, data: [{ xAxis: segment[0][0] }]
      },
      data: segment.map(function (v) {
        return v[2] ? { value: [v[0], v[1]], symbol: 'triangle', symbolSize: 13 } : [v[0], v[1]];
      })
    };
  });
  series.push({
    // only for the legend and the tooltip: the provisional points, drawn as triangles
    name: data.provisionalLabel,
    type: 'scatter',
    symbol: 'triangle',
    symbolSize: 13,
    itemStyle: { color: '#b54708' },
    data: data.values.filter(function (v) { return v[2]; }).map(function (v) { return [v[0], v[1]]; })
  });
  data.paths.forEach(function (path) {
    series.push({ name: path.name, type: 'line', data: path.points, symbol: 'none', lineStyle: { type: 'dashed' } });
  });
  data.projections.forEach(function (projection) {
    series.push({
      name: projection.name, type: 'line', data: projection.points, symbol: ['none', 'arrow'],
      lineStyle: { type: 'dotted', width: 2 }
    });
  });
  var chart = echarts.init(element, 'portal');
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    // drawn on the canvas: the HTML tooltip's markers carry style attributes, which the CSP (style-src 'self') refuses
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    legend: { type: 'scroll', top: 0 },
    grid: { top: 60, left: 60, right: 20, bottom: 30 },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: data.unit },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
