// The switches of a tile map (templates/dashboard/fragments.html :: tileMap): colour by value or by status, and
// outline the districts of a chosen group. The map itself is drawn on the server; without script it shows values.
(function () {
  document.querySelectorAll('.tile-map-block').forEach(function (block) {
    var map = block.querySelector('svg.tile-map');
    block.querySelectorAll('.tile-map-mode input[type=radio]').forEach(function (radio) {
      radio.addEventListener('change', function () {
        map.classList.remove('by-value', 'by-status');
        map.classList.add(radio.value);
        block.classList.toggle('showing-status', radio.value === 'by-status');
      });
    });
    var group = block.querySelector('select.tile-map-group');
    if (group) {
      var outline = function () {
        map.querySelectorAll('a.tile').forEach(function (tile) {
          var groups = (tile.getAttribute('data-groups') || '').split(' ');
          tile.classList.toggle('outlined', group.value !== '' && groups.indexOf(group.value) >= 0);
        });
      };
      group.addEventListener('change', outline);
      // a group's own page opens with that group outlined
      var preset = block.closest('[data-outline]');
      if (preset && group.querySelector('option[value="' + preset.getAttribute('data-outline') + '"]')) {
        group.value = preset.getAttribute('data-outline');
        outline();
      }
    }
  });
}());
