// Bars ranking districts, best first, from the JSON in data-comparison on every .comparison-chart:
// {unit, period, bars: [{code, name, value, display, current}]} (see templates/dashboard/fragments.html).
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('.comparison-chart[data-comparison]').forEach(function (element) {
    var data = JSON.parse(element.getAttribute('data-comparison'));
    // a category axis draws its first item at the bottom: reverse, so the best stands on top
    var bars = data.bars.slice().reverse();
    element.style.height = Math.max(160, bars.length * 28 + 50) + 'px';
    var chart = echarts.init(element, 'portal');
    chart.setOption({
      animation: false,
      aria: { enabled: true },
      // drawn on the canvas: the HTML tooltip's markers carry style attributes, which the CSP (style-src 'self') refuses
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, renderMode: 'richText' },
      grid: { top: 10, left: 10, right: 70, bottom: 25, containLabel: true },
      xAxis: { type: 'value', name: data.unit, nameLocation: 'end' },
      yAxis: { type: 'category', data: bars.map(function (b) { return b.name; }) },
      series: [{
        type: 'bar',
        data: bars.map(function (b) {
          return { value: b.value, itemStyle: { color: b.current ? '#b54708' : '#2171b5' } };
        }),
        label: {
          show: true, position: 'right',
          formatter: function (p) { return bars[p.dataIndex].display; }
        }
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
