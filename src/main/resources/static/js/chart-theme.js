// The portal's ECharts theme, used by every chart (echarts.init(element, 'portal')): series colours that stand out
// against the white page at 3:1 or more (WCAG 2.1 non-text contrast; ECharts' default green, yellow and light blue
// do not), and the larger text of the large-text mode (the layout puts class large-text on <html>).
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var size = document.documentElement.classList.contains('large-text') ? 18 : 12;
  var axis = { axisLabel: { fontSize: size }, nameTextStyle: { fontSize: size } };
  echarts.registerTheme('portal', {
    color: ['#1f5fbf', '#1a7f37', '#8e24aa', '#c62828', '#00695c', '#6d4c41', '#37474f', '#b54708'],
    textStyle: { fontSize: size },
    legend: { textStyle: { fontSize: size } },
    categoryAxis: axis,
    valueAxis: axis,
    line: { label: { fontSize: size } },
    bar: { label: { fontSize: size } }
  });
}());
