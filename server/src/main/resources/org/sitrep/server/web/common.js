/* What the map page and the event page share: the event type colours and the country outlines. */
(function () {
  'use strict';
  /** One fixed colour per ACLED event type, in ACLED's order. */
  var COLORS = {
    'Battles': '#d62728',
    'Violence against civilians': '#9467bd',
    'Explosions/Remote violence': '#ff7f0e',
    'Protests': '#2ca02c',
    'Riots': '#c9a400',
    'Strategic developments': '#1f77b4'
  };

  /** Adds the Natural Earth country outlines under everything else: the map's only base layer. */
  function addCountries(map) {
    var pane = map.createPane('countries');
    pane.style.zIndex = 250;
    return fetch('/assets/vendor/world-atlas/countries-110m.json')
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        L.geoJSON(topojson.feature(topo, topo.objects.countries), {
          pane: 'countries',
          interactive: false,
          style: { color: '#9e9e9e', weight: 0.6, fillColor: '#fdfdf8', fillOpacity: 1 }
        }).addTo(map);
      });
  }

  /** The attribution the map shows: its data's sources (text only, nothing to fetch). */
  function addAttribution(map) {
    L.control.attribution({ prefix: 'Leaflet' })
      .addAttribution('Country outlines: Natural Earth (public domain) | Places: GeoNames (CC BY 4.0)')
      .addTo(map);
  }

  window.Sitrep = { COLORS: COLORS, addCountries: addCountries, addAttribution: addAttribution };
})();
