// Draws an indicator's annual values (provisional ones as triangles), each level target's path from baseline to
// target, and the projection at the current growth rate. The data comes from the page (data-chart JSON:
// {unit, finalLabel, provisionalLabel, values: [[year, value, provisional]], paths: [{name, points}],
// projections: [{name, points}], restarts: [year], restartLabel, scale, saveLabel, fileName, window: [from, to]}),
// so the page needs no inline script. It opens on the plan period (window), every year one click away (#chart-years).
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
  // numbers as the page's tables show them: grouped, at the indicator's display precision (2,586.00)
  function shown(value) {
    return Number(value).toLocaleString('en-US', { minimumFractionDigits: data.scale, maximumFractionDigits: data.scale });
  }
  var series = segments.map(function (segment, i) {
    return {
      name: data.finalLabel,
      type: 'line',
      symbol: 'circle',
      symbolSize: 8,
      label: { show: true, formatter: function (p) { return shown(p.value[1]); } },
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
  // the plan period the chart opens on, as indexes of the years on the axis
  var planWindow = null;
  if (data.window) {
    var from = categories.indexOf(String(Math.max(Number(data.window[0]), first)));
    var to = categories.indexOf(String(Math.min(Number(data.window[1]), last)));
    if (from >= 0 && to >= from && (from > 0 || to < categories.length - 1)) {
      planWindow = { startValue: from, endValue: to };
    }
  }
  var chart = echarts.init(element, 'portal');
  chart.setOption({
    animation: false,
    aria: { enabled: true },
    // drawn on the canvas: the HTML tooltip's markers carry style attributes, which the CSP (style-src 'self') refuses
    tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v == null ? '—' : shown(v); } },
    legend: { type: 'scroll', bottom: 0 },
    toolbox: {
      top: 0, right: 10,
      feature: { saveAsImage: { title: data.saveLabel, name: data.fileName, pixelRatio: 2, backgroundColor: '#fff' } }
    },
    // room for every axis label in every language; the unit reads rightwards from the axis
    grid: { top: 40, left: 10, right: 30, bottom: 45, containLabel: true },
    xAxis: { type: 'category', data: categories, boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: data.unit, nameTextStyle: { align: 'left' } },
    dataZoom: planWindow ? [{
      type: 'inside', xAxisIndex: 0, startValue: planWindow.startValue, endValue: planWindow.endValue,
      zoomOnMouseWheel: false, moveOnMouseMove: false, moveOnMouseWheel: false
    }] : [],
    series: series
  });
  var years = document.getElementById('chart-years');
  if (planWindow && years) {
    var planPeriod = document.getElementById('chart-plan-period');
    var allYears = document.getElementById('chart-all-years');
    var show = function (range, pressed, other) {
      chart.dispatchAction({ type: 'dataZoom', startValue: range.startValue, endValue: range.endValue });
      pressed.classList.add('active');
      pressed.setAttribute('aria-pressed', 'true');
      other.classList.remove('active');
      other.setAttribute('aria-pressed', 'false');
    };
    planPeriod.addEventListener('click', function () { show(planWindow, planPeriod, allYears); });
    allYears.addEventListener('click', function () {
      show({ startValue: 0, endValue: categories.length - 1 }, allYears, planPeriod);
    });
    years.hidden = false;
  }
  window.addEventListener('resize', function () { chart.resize(); });
}());
