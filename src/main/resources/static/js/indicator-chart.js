// Draws an indicator's annual values and each level target's path from baseline to target.
// The data comes from the page (data-chart), so the page needs no inline script.
(function () {
  var element = document.getElementById('indicator-chart');
  if (!element || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(element.getAttribute('data-chart'));
  var series = [{
    name: element.getAttribute('data-unit'),
    type: 'line',
    data: data.values,
    symbolSize: 8,
    label: { show: true }
  }];
  data.paths.forEach(function (path) {
    series.push({ name: path.name, type: 'line', data: [path.from, path.to], lineStyle: { type: 'dashed' } });
  });
  var chart = echarts.init(element);
  chart.setOption({
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: {},
    xAxis: { type: 'time', axisLabel: { formatter: '{yyyy}' } },
    yAxis: { type: 'value', scale: true },
    series: series
  });
  window.addEventListener('resize', function () { chart.resize(); });
}());
