/* The small map of the event page: the event's place on the country outlines. */
(function () {
  'use strict';
  var div = document.getElementById('event-map');
  if (!div) return;
  var lat = Number(div.dataset.lat);
  var lon = Number(div.dataset.lon);
  var map = L.map(div, { attributionControl: false }).setView([lat, lon], 6);
  Sitrep.addAttribution(map);
  Sitrep.addCountries(map);
  var marker = L.circleMarker([lat, lon], {
    radius: 8, color: '#fff', weight: 1.5, fillOpacity: 0.9, className: 'event-marker',
    fillColor: Sitrep.COLORS[div.dataset.eventType] || '#555'
  }).addTo(map);
  if (div.dataset.label) {
    // Leaflet puts a string into innerHTML; a place name is untrusted, so it goes in as a text node.
    var label = document.createElement('span');
    label.textContent = div.dataset.label;
    marker.bindTooltip(label);
  }
})();
